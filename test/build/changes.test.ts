// What changed, end to end: a fixture folder in a temporary git repository, an edit committed
// and one not yet committed; data:diff reports each against its revision, the build publishes the
// committed history on /changes, and --since-build compares with what the build published.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../browser/site.ts";

const work = mkdtempSync(join(tmpdir(), "dossier-changes-"));
const repo = join(work, "newsroom");
const folder = join(repo, "evidence");
const out = join(work, "site");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(...args: string[]): string {
  return execFileSync(
    "git",
    ["-c", "user.name=Desk", "-c", "user.email=desk@example.org", "-c", "commit.gpgsign=false", ...args],
    { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: "2024-05-02T10:00:00+00:00" } },
  ).toString();
}

function dataDiff(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/data-diff.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: folder, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function edit(file: string, from: string, to: string): void {
  const path = join(folder, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

const oldTitle = "Example Bank is asked for customer data";
const newTitle = "Example Bank is asked for the card data of its customers";

beforeAll(() => {
  cpSync("test/fixtures/evidence/minimal", folder, { recursive: true });
  git("init", "--quiet", "--initial-branch=main");
  git("add", ".");
  git("commit", "--quiet", "-m", "The evidence as first gathered");
  edit("events.csv", oldTitle, newTitle);
  git("commit", "--quiet", "-am", "Retitle the request\n\nThe report names card data.");
  // Not committed: only data:diff against HEAD sees it.
  edit("events.csv", "Example content.", "Example content (checked again).");
});

describe("npm run data:diff", () => {
  it("shows the edit not yet committed against HEAD, by table, id and column", () => {
    const { code, stdout } = dataDiff([]);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(1)).toEqual([
      `${folder}/events.csv: 1 row changed`,
      "  ~ example-data-request (line 2)",
      '      notes: "Example content." → "Example content (checked again)."',
      "1 table changed: 1 row changed.",
      "",
    ]);
    expect(stdout.split("\n")[0]).toMatch(
      /^Changes in the evidence of .* since HEAD \([0-9a-f]{7}, 2024-05-02: Retitle the request\):$/,
    );
  });

  it("shows both edits against an older revision", () => {
    const { stdout } = dataDiff(["HEAD~1"]);
    expect(stdout).toContain(`      title: "${oldTitle}" → "${newTitle}"`);
    expect(stdout).toContain('      notes: "Example content." → "Example content (checked again)."');
  });

  it("names a revision that is not a commit, an option posing as one, a folder outside git and a missing git", () => {
    expect(dataDiff(["no-such-branch"])).toMatchObject({
      code: 1,
      stderr: 'data:diff: "no-such-branch" names no commit in the repository of this folder\n',
    });
    expect(dataDiff(["--output=x"]).code).toBe(2);
    expect(dataDiff([], { DATA_DIR: tmpdir() }).stderr).toMatch(
      /^data:diff: this folder is not in a git repository/,
    );
    expect(dataDiff([], { PATH: "/nonexistent" }).stderr).toMatch(
      /^data:diff: this folder is not in a git repository \(git did not run/,
    );
  });
});

describe("npm run build in a git repository", () => {
  beforeAll(async () => {
    await buildSite(folder, out);
  });

  it("publishes /changes: each commit with its date and message, the rows it changed, old → new", () => {
    const page = readFileSync(join(out, "changes.html"), "utf8");
    expect(page).toContain("<h1>Changes</h1>");
    expect(page).toMatch(
      /<time datetime="2024-05-02T10:00:00\+00:00">May 2, 2024<\/time>: Retitle the request<\/a><\/h2>/,
    );
    expect(page).toContain('<p class="change-message">The report names card data.</p>');
    expect(page).toContain(`<del>${oldTitle}</del> → <ins>${newTitle}</ins>`);
    expect(page).toContain("The evidence as first gathered");
    // The uncommitted edit is the folder's, not the history's.
    expect(page).not.toContain("checked again");
    expect(readFileSync(join(out, "index.html"), "utf8")).toMatch(
      /commit by commit: <a href="\.\/changes">Changes<\/a>/,
    );
  });

  it("lets data:diff --since-build compare the folder with what the build published", () => {
    expect(dataDiff(["--since-build"]).stdout).toMatch(
      /^No change in the evidence of .* since the last build \(/,
    );
    edit("figures.csv", "example-users", "example-users-renamed");
    const { stdout } = dataDiff(["--since-build"]);
    expect(stdout).toContain("  + example-users-renamed (line 2)");
    expect(stdout).toContain("  - example-users (was line 2)");
  });
});
