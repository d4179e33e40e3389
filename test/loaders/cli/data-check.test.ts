import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runDataCheck } from "../../../loaders/cli/data-check.ts";

const fixtures = "test/fixtures/evidence";

function check(dir: string): { clean: boolean; lines: string[] } {
  const lines: string[] = [];
  const clean = runDataCheck(dir, (line) => lines.push(line));
  return { clean, lines };
}

function spawnCheck(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/data-check.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("runDataCheck(dir, write)", () => {
  it("prints the counts per table for clean evidence", () => {
    expect(check(`${fixtures}/minimal`)).toEqual({
      clean: true,
      lines: [`${fixtures}/minimal/ ok: 1 source, 1 actor, 1 event, 1 statement, 1 claim, 1 figure`],
    });
  });

  it("counts warnings without failing", () => {
    expect(check(`${fixtures}/uncited-source`)).toEqual({
      clean: true,
      lines: [
        `${fixtures}/uncited-source/sources.csv:3:1 warning: source "example-unused" is not cited by any event, statement, claim or figure; cite it or remove it`,
        `${fixtures}/uncited-source/ ok: 2 sources, 1 actor, 1 event, 1 statement, 1 claim, 1 figure (1 warning)`,
      ],
    });
  });

  it("prints every problem, then how many errors there are", () => {
    expect(check(`${fixtures}/bad-enum`)).toEqual({
      clean: false,
      lines: [
        `${fixtures}/bad-enum/events.csv:2:9 status "rumoured" is not one of reported, confirmed, denied, disputed`,
        `${fixtures}/bad-enum/ has 1 error; fix it and run npm run data:check again`,
      ],
    });
  });
});

describe("data-check.ts (the command)", () => {
  it("exits 0 on clean evidence, reading the folder from its argument", () => {
    const { code, stdout } = spawnCheck([`${fixtures}/empty`]);
    expect(stdout).toBe(
      `${fixtures}/empty/ ok: 0 sources, 0 actors, 0 events, 0 statements, 0 claims, 0 figures\n`,
    );
    expect(code).toBe(0);
  });

  it("exits 1 with every problem line and the summary, reading DATA_DIR", () => {
    const { code, stdout } = spawnCheck([], { DATA_DIR: `${fixtures}/missing-file` });
    expect(stdout).toBe(
      [
        `${fixtures}/missing-file/figures.csv:1:1 file is missing; create it with this header row: id,subject,scope,group,value,unit,as_of,estimate,sources,notes`,
        `${fixtures}/missing-file/ has 1 error; fix it and run npm run data:check again`,
        "",
      ].join("\n"),
    );
    expect(code).toBe(1);
  });
});
