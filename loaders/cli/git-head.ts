// The commit the evidence folder's repository is at (its HEAD), read from the repository's own
// files without running git: cheap enough to check before every render of the preview, so that
// a new commit (or a checkout) refreshes the pages built from the history, as a saved file does.
// Like loaders/cli/git.ts, the folder decides the repository (GIT_DIR is not read).
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface GitDirs {
  /** The repository's git directory: `.git`, or a linked worktree's own. */
  gitDir: string;
  /** Where branches live: the main git directory, shared by every worktree. */
  commonDir: string;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
}

function withCommon(gitDir: string): GitDirs {
  const common = readText(join(gitDir, "commondir"));
  return { gitDir, commonDir: common ? resolve(gitDir, common) : gitDir };
}

/** The git directories of the repository holding `dir`, or undefined outside any. */
export function gitDirs(dir: string): GitDirs | undefined {
  let at = resolve(dir);
  for (;;) {
    const dotGit = join(at, ".git");
    const info = statSync(dotGit, { throwIfNoEntry: false });
    if (info?.isDirectory()) return withCommon(dotGit);
    // A linked worktree or a submodule: `.git` is a file naming the git directory.
    const pointer = info?.isFile() ? /^gitdir: (.+)$/m.exec(readText(dotGit) ?? "")?.[1] : undefined;
    if (pointer) return withCommon(resolve(at, pointer.trim()));
    const up = dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

/**
 * What HEAD is in the repository of `dir`: its branch and the commit the branch is at (from the
 * branch's file or packed-refs), or the commit itself when detached; "" outside a repository.
 * Any commit, checkout, reset or pull changes it.
 */
export function headStamp(dir: string): string {
  const dirs = gitDirs(dir);
  if (!dirs) return "";
  const head = readText(join(dirs.gitDir, "HEAD")) ?? "";
  const ref = /^ref: (\S+)$/.exec(head)?.[1];
  if (!ref) return head;
  const loose = readText(join(dirs.commonDir, ref));
  if (loose) return `${ref} ${loose}`;
  const packed = (readText(join(dirs.commonDir, "packed-refs")) ?? "")
    .split("\n")
    .find((line) => line.endsWith(` ${ref}`));
  // A repository in the reftable format keeps no ref files: its table list changes instead.
  const tables = readText(join(dirs.commonDir, "reftable", "tables.list"));
  return `${ref} ${packed?.split(" ")[0] ?? tables ?? "(no commit yet)"}`;
}
