// Git for tests that make temporary repositories: a fixed author, no signing, and none of a
// hook's GIT_DIR, GIT_WORK_TREE or GIT_INDEX_FILE, so the folder decides the repository (as for
// loaders/cli/git.ts) even when the suite runs inside a git hook.
import { execFileSync } from "node:child_process";

const { GIT_DIR: _d, GIT_WORK_TREE: _w, GIT_INDEX_FILE: _i, ...environment } = process.env;

/** Runs git in `cwd` and returns its output, trimmed. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    "git",
    ["-c", "user.name=Desk", "-c", "user.email=desk@example.org", "-c", "commit.gpgsign=false", ...args],
    { cwd, env: environment },
  )
    .toString()
    .trim();
}
