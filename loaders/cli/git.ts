// The evidence folder's git history, read with the git program (no shell: every argument is
// passed as it is, and a revision that looks like an option is refused). When the folder is in
// no repository, or git is not installed, each function says so (undefined) instead of failing.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evidenceFiles, type FolderVersion } from "../history/evidence-diff.ts";
import { logFormat, parseCatFileBatch, parseGitLog } from "../history/git-output.ts";
import { type EvidenceHistory, evidenceHistory, type LoggedCommit } from "../history/history.ts";

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  /** git's own message, or why git did not run. */
  stderr: string;
}

// A hook or a parent git process may point these at another repository; the folder decides.
const { GIT_DIR: _d, GIT_WORK_TREE: _w, GIT_INDEX_FILE: _i, GIT_PREFIX: _p, ...environment } = process.env;

/** Runs git in `dir` with `args` (and `input` on its standard input). */
export function git(dir: string, args: readonly string[], input?: string): GitResult {
  const result = spawnSync("git", ["-c", "core.quotePath=false", "-c", "log.showSignature=false", ...args], {
    cwd: dir,
    input,
    maxBuffer: 1 << 30,
    env: { ...environment, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" },
  });
  if (result.error)
    return { ok: false, stdout: Buffer.alloc(0), stderr: `git did not run: ${result.error.message}` };
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.toString().trim() };
}

/** The commits that touched the evidence files of `dir`, newest first; undefined outside a repository. */
export function evidenceLog(dir: string, limit?: number): LoggedCommit[] | undefined {
  const limited = limit === undefined ? [] : [`--max-count=${limit}`];
  const log = git(dir, [
    "log",
    `--format=${logFormat}`,
    "--raw",
    "--no-abbrev",
    "--no-renames",
    "--relative",
    ...limited,
    "--",
    ...evidenceFiles,
  ]);
  return log.ok ? parseGitLog(log.stdout.toString("utf8")) : undefined;
}

/** Objects by name (a blob id, or `<revision>:<path>`), read by one `git cat-file --batch`. */
export function readObjects(dir: string, names: readonly string[]): Map<string, Uint8Array | undefined> {
  if (!names.length) return new Map();
  const output = git(dir, ["cat-file", "--batch"], `${names.join("\n")}\n`);
  return output.ok ? parseCatFileBatch(output.stdout, names) : new Map();
}

/**
 * The commits a shallow clone of `dir`'s repository begins at (their parents were not fetched);
 * empty for a full repository.
 */
export function shallowStarts(dir: string): Set<string> {
  const shallow = git(dir, ["rev-parse", "--is-shallow-repository"]);
  if (!shallow.ok || shallow.stdout.toString().trim() !== "true") return new Set();
  // Relative to `dir` (git gives the path from where it runs) unless absolute.
  const file = resolve(dir, git(dir, ["rev-parse", "--git-path", "shallow"]).stdout.toString().trim());
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  return new Set(text.split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line)));
}

/** The evidence's history in `dir`'s repository; undefined when it has none (no repository, no git, no commit). */
export function readEvidenceHistory(dir: string): EvidenceHistory | undefined {
  const logged = evidenceLog(dir);
  if (!logged?.length) return undefined;
  // A shallow clone shows its first commit adding every file: mark it as where the history begins.
  const starts = shallowStarts(dir);
  const log = starts.size
    ? logged.map((c): LoggedCommit => (starts.has(c.hash) ? { ...c, shallowStart: true } : c))
    : logged;
  const ids = [...new Set(log.flatMap((c) => c.files.flatMap((f) => [f.before, f.after])))].filter(
    (id): id is string => id !== undefined,
  );
  const blobs = readObjects(dir, ids);
  return evidenceHistory(log, (id) => blobs.get(id));
}

/** Whether any commit of `dir`'s repository touched its evidence (cheaper than the history). */
export function hasEvidenceHistory(dir: string): boolean {
  return Boolean(evidenceLog(dir, 1)?.length);
}

/** The commit `revision` names in `dir`'s repository, or git's reason why it names none. */
export function resolveCommit(dir: string, revision: string): { hash: string } | { problem: string } {
  if (revision.startsWith("-")) return { problem: `"${revision}" is not a revision (it starts with "-")` };
  const result = git(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
  const hash = result.stdout.toString().trim();
  if (result.ok && hash) return { hash };
  const inRepo = git(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (!inRepo.ok)
    return { problem: `this folder is not in a git repository (${inRepo.stderr.split("\n")[0]})` };
  const missing = `"${revision}" names no commit in the repository of this folder`;
  const starts = [...shallowStarts(dir)];
  if (!starts.length) return { problem: missing };
  const first = starts.map((hash) =>
    git(dir, ["log", "-1", "--format=%h, %as", hash]).stdout.toString().trim(),
  );
  return {
    problem: `${missing}: it is a shallow clone, whose history begins at ${first.join(" and ")}; the commits before are not in it (git fetch --deepen=<number> or git fetch --unshallow fetches them)`,
  };
}

/** The evidence files of `dir` as they were at `commit` (a hash from resolveCommit). */
export function folderAt(dir: string, commit: string): FolderVersion {
  const prefix = git(dir, ["rev-parse", "--show-prefix"]).stdout.toString().trim();
  const names = evidenceFiles.map((file) => `${commit}:${prefix}${file}`);
  const objects = readObjects(dir, names);
  return (file) => objects.get(`${commit}:${prefix}${file}`);
}

/** The folder's history for the build: whether it has one now, the history when first asked. */
export function gitHistory(dir: string): { exists: boolean; read: () => EvidenceHistory | undefined } {
  let held: { history: EvidenceHistory | undefined } | undefined;
  return {
    exists: hasEvidenceHistory(dir),
    read: () => {
      held ??= { history: readEvidenceHistory(dir) };
      return held.history;
    },
  };
}
