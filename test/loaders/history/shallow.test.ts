// A shallow clone (git clone --depth N) holds its first commit without that commit's parents, so
// git shows it adding every file: /changes and data:diff say the history begins there instead.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runDataDiff } from "../../../loaders/cli/data-diff.ts";
import { readEvidenceHistory, shallowStarts } from "../../../loaders/cli/git.ts";
import { changesHtml } from "../../../loaders/render/changes-html.ts";
import { inSiteLocale } from "../../../loaders/site/locale.ts";
import { localeFor } from "../../../src/shared/locale/locale.ts";
import { git } from "../../git.ts";

const work = mkdtempSync(join(tmpdir(), "dossier-shallow-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const origin = join(work, "origin");
cpSync("test/fixtures/evidence/minimal", join(origin, "evidence"), { recursive: true });
git(origin, "init", "--quiet", "--initial-branch=main");
git(origin, "add", ".");
git(origin, "commit", "--quiet", "-m", "The evidence as first gathered");
for (const [subject, from, to] of [
  ["Retitle the request", "Example Bank is asked for customer data", "Example Bank is asked for card data"],
  ["Check the notes", "Example content.", "Example content (checked)."],
] as const) {
  const events = join(origin, "evidence", "events.csv");
  writeFileSync(events, readFileSync(events, "utf8").replace(from, to));
  git(origin, "commit", "--quiet", "-am", subject);
}
function clone(depth: number): string {
  const to = join(work, `depth-${depth}`);
  git(work, "clone", "--quiet", `--depth=${depth}`, `file://${origin}`, to);
  return join(to, "evidence");
}

const depth1 = clone(1);
const depth2 = clone(2);

describe("the history of a shallow clone", () => {
  it("keeps the clone's first commit as where the history begins, with no rows said to be added", () => {
    const history = readEvidenceHistory(depth1);
    expect(history?.commits).toHaveLength(1);
    expect(history?.commits[0]).toMatchObject({ subject: "Check the notes", shallowStart: true, tables: [] });
  });

  it("diffs the commits after it as usual", () => {
    const folder = depth2;
    expect(shallowStarts(folder).size).toBe(1);
    const commits = readEvidenceHistory(folder)?.commits ?? [];
    expect(commits.map((c) => [c.subject, c.shallowStart ?? false])).toEqual([
      ["Check the notes", false],
      ["Retitle the request", true],
    ]);
    expect(commits[0]?.tables.map((t) => [t.file, t.changed.length, t.added.length])).toEqual([
      ["events.csv", 1, 0],
    ]);
  });

  it("is a full history in a full repository: its first commit adds the rows", () => {
    expect(shallowStarts(join(origin, "evidence")).size).toBe(0);
    const commits = readEvidenceHistory(join(origin, "evidence"))?.commits ?? [];
    expect(commits.at(-1)?.shallowStart).toBeUndefined();
    expect(commits.at(-1)?.tables.some((t) => t.added.length > 0)).toBe(true);
  });

  it("says so on /changes, in every language, instead of listing every row as added", () => {
    const history = readEvidenceHistory(depth1);
    for (const tag of ["en", "de", "fr", "es", "ar"]) {
      const html = inSiteLocale(tag, () => changesHtml(history, () => undefined));
      expect(html, tag).toContain(`<p class="change-begins">${localeFor(tag).t("changes.begins")}</p>`);
      expect(html, tag).not.toContain(localeFor(tag).t("changes.added"));
    }
    expect(inSiteLocale("en", () => changesHtml(history, () => undefined))).toContain("shallow clone");
  });
});

describe("data:diff in a shallow clone", () => {
  it("says a revision before the clone's first commit is not in it, and where its history begins", () => {
    const folder = depth1;
    const errors: string[] = [];
    expect(
      runDataDiff(
        folder,
        ["HEAD~1"],
        () => {},
        (line) => errors.push(line),
      ),
    ).toBe(1);
    const first = git(folder, "log", "-1", "--format=%h, %as");
    expect(errors).toEqual([
      `data:diff: "HEAD~1" names no commit in the repository of this folder: it is a shallow clone, whose history begins at ${first}; the commits before are not in it (git fetch --deepen=<number> or git fetch --unshallow fetches them)`,
    ]);
  });

  it("compares the folder with the clone's first commit as with any other", () => {
    const lines: string[] = [];
    expect(runDataDiff(depth1, [], (line) => lines.push(line))).toBe(0);
    expect(lines[0]).toMatch(/^No change in the evidence of .* since HEAD/);
  });
});
