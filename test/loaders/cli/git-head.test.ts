// The evidence folder's HEAD, read from the repository's files: what tells the preview that a
// commit was made (loaders/site/investigation.ts, scripts/lib/folder-stamp.ts key on it).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gitDirs, headStamp } from "../../../loaders/cli/git-head.ts";
import { currentInvestigation } from "../../../loaders/site/investigation.ts";
import { folderStamp } from "../../../scripts/lib/folder-stamp.ts";
import { git } from "../../git.ts";

const work = mkdtempSync(join(tmpdir(), "dossier-git-head-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("headStamp(dir)", () => {
  const repo = join(work, "newsroom");
  const folder = join(repo, "evidence");
  mkdirSync(folder, { recursive: true });

  it("is empty outside a repository, and changes with every commit, from the folder or below it", () => {
    expect(headStamp(folder)).toBe("");
    git(repo, "init", "--quiet", "--initial-branch=main");
    const unborn = headStamp(folder);
    expect(unborn).toBe("refs/heads/main (no commit yet)");
    writeFileSync(join(folder, "events.csv"), "id\n");
    git(repo, "add", ".");
    git(repo, "commit", "--quiet", "-m", "first");
    const first = headStamp(folder);
    expect(first).toBe(`refs/heads/main ${git(repo, "rev-parse", "HEAD")}`);
    git(repo, "commit", "--quiet", "--allow-empty", "-m", "second");
    const second = headStamp(folder);
    expect(second).not.toBe(first);
    expect(headStamp(repo)).toBe(second);
  });

  it("reads a packed branch the same, and a detached HEAD as its commit", () => {
    const before = headStamp(folder);
    git(repo, "pack-refs", "--all");
    expect(headStamp(folder)).toBe(before);
    git(repo, "checkout", "--quiet", "--detach", "HEAD~1");
    expect(headStamp(folder)).toBe(git(repo, "rev-parse", "HEAD"));
    git(repo, "checkout", "--quiet", "main");
    expect(headStamp(folder)).toBe(before);
  });

  it("follows a linked worktree's own HEAD, with the branches of the main repository", () => {
    const tree = join(work, "tree");
    git(repo, "worktree", "add", "--quiet", "-b", "other", tree);
    expect(gitDirs(tree)?.commonDir).toBe(gitDirs(repo)?.gitDir);
    const before = headStamp(tree);
    expect(before).toBe(`refs/heads/other ${git(tree, "rev-parse", "HEAD")}`);
    git(tree, "commit", "--quiet", "--allow-empty", "-m", "in the worktree");
    expect(headStamp(tree)).not.toBe(before);
    expect(headStamp(folder)).toBe(`refs/heads/main ${git(repo, "rev-parse", "main")}`);
  });
});

describe("the preview's caches follow commits, not only saved files", () => {
  const repo = join(work, "desk");
  const folder = join(repo, "evidence");
  cpSync("test/fixtures/evidence/minimal", folder, { recursive: true });
  git(repo, "init", "--quiet", "--initial-branch=main");
  git(repo, "add", ".");
  git(repo, "commit", "--quiet", "-m", "first");

  it("folderStamp(dir) and currentInvestigation(dir) see a commit that saves no file", () => {
    const events = join(folder, "events.csv");
    writeFileSync(
      events,
      readFileSync(events, "utf8").replace("Example content.", "Example content (checked)."),
    );
    const edited = currentInvestigation(folder);
    expect(edited.history()?.commits.map((c) => c.subject)).toEqual(["first"]);
    const saved = folderStamp(folder);
    git(repo, "commit", "--quiet", "-am", "second");
    expect(folderStamp(folder)).not.toBe(saved);
    const committed = currentInvestigation(folder);
    expect(committed).not.toBe(edited);
    expect(committed.history()?.commits.map((c) => c.subject)).toEqual(["second", "first"]);
    // Nothing moved since: the same investigation, read once.
    expect(currentInvestigation(folder)).toBe(committed);
  });
});
