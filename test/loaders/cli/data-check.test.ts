import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type DataCheckOptions, parseDataCheckArgs, runDataCheck } from "../../../loaders/cli/data-check.ts";
import * as usage from "../../../loaders/cli/usage-messages.ts";
import * as message from "../../../loaders/messages.ts";

const fixtures = "test/fixtures/evidence";

function check(dir: string, options: DataCheckOptions = {}): { clean: boolean; lines: string[] } {
  const lines: string[] = [];
  const clean = runDataCheck(dir, (line) => lines.push(line), options);
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
      lines: [
        `${fixtures}/minimal/ ok: 1 source, 1 actor, 1 event, 1 statement, 1 claim, 1 figure, 2 annotations, 3 corrections`,
      ],
    });
  });

  it("leaves out an optional table whose file is absent, and counts one that is present even when empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-check-optional-"));
    try {
      cpSync(`${fixtures}/minimal`, dir, { recursive: true });
      rmSync(join(dir, "corrections.csv"));
      writeFileSync(join(dir, "annotations.csv"), "id,target,date,end_date,label,text,step,sources,notes\n");
      expect(check(dir).lines.at(-1)).toMatch(
        / ok: 1 source, 1 actor, 1 event, 1 statement, 1 claim, 1 figure, 0 annotations$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("counts warnings without failing", () => {
    expect(check(`${fixtures}/uncited-source`)).toEqual({
      clean: true,
      lines: [
        `${fixtures}/uncited-source/sources.csv:3:1 warning: source "example-unused" is not cited by any event, statement, claim, figure, annotation or correction; cite it or remove it`,
        `${fixtures}/uncited-source/ ok: 2 sources, 1 actor, 1 event, 1 statement, 1 claim, 1 figure (1 warning)`,
      ],
    });
  });

  it("warns about a source without an archived copy and counts such sources in the summary", () => {
    const dir = `${fixtures}/unarchived-source`;
    expect(check(dir)).toEqual({
      clean: true,
      lines: [
        `${dir}/sources.csv:2:4 warning: ${message.notArchived("example-report")}`,
        `${dir}/ ok: 1 source, 1 actor, 1 event, 1 statement, 1 claim, 1 figure, 2 annotations (1 warning; 1 source without an archived copy)`,
      ],
    });
  });

  it("--strict: a source without an archived copy is an error, other warnings stay warnings", () => {
    const dir = `${fixtures}/unarchived-source`;
    expect(check(dir, { strict: true })).toEqual({
      clean: false,
      lines: [
        `${dir}/sources.csv:2:4 ${message.notArchived("example-report")}`,
        `${dir}/ has 1 error (1 source without an archived copy); fix it and run npm run data:check again`,
      ],
    });
    expect(check(`${fixtures}/uncited-source`, { strict: true }).clean).toBe(true);
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

describe("runDataCheck(dir, write, {format})", () => {
  it("github: prints each problem as an annotation, then the summary as a plain log line", () => {
    expect(check(`${fixtures}/bad-enum`, { format: "github" })).toEqual({
      clean: false,
      lines: [
        `::error file=${fixtures}/bad-enum/events.csv,line=2,col=9,title=events.csv%2C column status::status "rumoured" is not one of reported, confirmed, denied, disputed`,
        `${fixtures}/bad-enum/ has 1 error; fix it and run npm run data:check again`,
      ],
    });
  });

  it("github: prints warnings as ::warning", () => {
    expect(check(`${fixtures}/uncited-source`, { format: "github" }).lines[0]).toMatch(
      /^::warning file=test\/fixtures\/evidence\/uncited-source\/sources\.csv,line=3,col=1,title=sources\.csv%2C column id::source "example-unused"/,
    );
  });

  it("github: names files relative to the root it is given", () => {
    expect(check(`${fixtures}/bad-enum`, { format: "github", root: fixtures }).lines[0]).toMatch(
      /^::error file=bad-enum\/events\.csv,line=2,col=9,/,
    );
  });

  it("json: prints one object per problem with its table and column name, and no summary", () => {
    const { clean, lines } = check(`${fixtures}/bad-enum`, { format: "json" });
    expect(clean).toBe(false);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        file: `${fixtures}/bad-enum/events.csv`,
        line: 2,
        column: 9,
        severity: "error",
        message: 'status "rumoured" is not one of reported, confirmed, denied, disputed',
        table: "events",
        column_name: "status",
      },
    ]);
  });

  it("json: names the column from the file's own header", () => {
    const [first] = check(`${fixtures}/duplicate-header`, { format: "json" }).lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({ table: "actors", line: 1, column: 6, column_name: "notes" });
  });

  it("json: a problem with the whole file (line 1, column 1) has no column name", () => {
    const [first] = check(`${fixtures}/misspelt-column`, { format: "json" }).lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({ table: "events", line: 1, column: 1, column_name: null });
  });

  it("json: prints nothing for clean evidence", () => {
    expect(check(`${fixtures}/minimal`, { format: "json" })).toEqual({ clean: true, lines: [] });
  });

  it("json: a missing file has its table but no column name", () => {
    expect(JSON.parse(check(`${fixtures}/missing-file`, { format: "json" }).lines[0] ?? "")).toMatchObject({
      table: "figures",
      column_name: null,
    });
  });
});

describe("parseDataCheckArgs(args, env)", () => {
  it("reads --format NAME, --format=NAME and the folder in any order", () => {
    expect(parseDataCheckArgs(["--format", "json", "x"])).toEqual({
      dir: resolve("x"),
      format: "json",
      strict: false,
    });
    expect(parseDataCheckArgs(["x", "--format=github"])).toEqual({
      dir: resolve("x"),
      format: "github",
      strict: false,
    });
  });

  it("defaults to text and DATA_DIR", () => {
    expect(parseDataCheckArgs([], { DATA_DIR: "y" })).toEqual({
      dir: resolve("y"),
      format: "text",
      strict: false,
    });
  });

  it("reads --strict anywhere, and refuses a value for it", () => {
    expect(parseDataCheckArgs(["x", "--strict"])).toMatchObject({ dir: resolve("x"), strict: true });
    expect(parseDataCheckArgs(["--strict=yes", "x"])).toEqual({
      usage: usage.dataCheckUsage("--strict takes no value", ["text", "github", "json"]),
    });
  });

  it("names the valid formats when the format is unknown or missing", () => {
    expect(parseDataCheckArgs(["--format", "xml"])).toEqual({
      usage: usage.unknownFormat("xml", ["text", "github", "json"]),
    });
    expect(parseDataCheckArgs(["--format"])).toEqual({
      usage: usage.unknownFormat("", ["text", "github", "json"]),
    });
  });

  it("names an unknown option", () => {
    expect(parseDataCheckArgs(["--fromat", "json"])).toEqual({
      usage: usage.dataCheckUsage("unknown option --fromat", ["text", "github", "json"]),
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

  it("--format json exits 1 with one JSON object per line", () => {
    const { code, stdout } = spawnCheck(["--format", "json", `${fixtures}/bad-enum`]);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).column_name),
    ).toEqual(["status"]);
    expect(code).toBe(1);
  });

  it("--format github names files relative to GITHUB_WORKSPACE", () => {
    const { code, stdout } = spawnCheck(["--format", "github", `${fixtures}/bad-enum`], {
      GITHUB_WORKSPACE: resolve(fixtures),
    });
    expect(stdout).toMatch(/^::error file=bad-enum\/events\.csv,line=2,col=9,/);
    expect(code).toBe(1);
  });

  it("exits 2 on an unknown format, naming the valid ones and checking nothing", () => {
    const { code, stdout, stderr } = spawnCheck(["--format", "xml", `${fixtures}/bad-enum`]);
    expect(stderr).toBe(`${usage.unknownFormat("xml", ["text", "github", "json"])}\n`);
    expect(stdout).toBe("");
    expect(code).toBe(2);
  });
});
