// npm run data:diff -- [REV] | --since-build: what changed in the evidence folder (DATA_DIR,
// else ./data) since a git revision (default HEAD, the last commit) or since the last build:
// rows added, removed and changed per table, by id, with each changed cell's old and new value.
// Exit code 1 when the comparison cannot be made (no repository, no such revision, no build).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { dataDir, displayPath } from "../data-dir.ts";
import { diffEvidence, type FolderVersion } from "../history/evidence-diff.ts";
import { evidenceDiffLines } from "../history/format-diff.ts";
import { builtEvidence } from "./build-snapshot.ts";
import { folderAt, git, resolveCommit } from "./git.ts";

/** The folder's tables as they are on disk now. */
export function folderNow(dir: string): FolderVersion {
  return (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : undefined);
}

/** The version to compare with and how to name it, or why there is none. */
function baseline(dir: string, revision: string | undefined, sinceBuild: boolean) {
  if (sinceBuild) {
    const built = builtEvidence(dir);
    if (!built) return { problem: `no build of ${displayPath(dir)} is recorded; run npm run build first` };
    return { version: built.version, name: `the last build (${built.builtAt})` };
  }
  const rev = revision ?? "HEAD";
  const commit = resolveCommit(dir, rev);
  if ("problem" in commit) return commit;
  const about = git(dir, ["log", "-1", "--format=%h, %as: %s", commit.hash]).stdout.toString().trim();
  return { version: folderAt(dir, commit.hash), name: `${rev} (${about})` };
}

/** Prints the diff of `dir` line by line; resolves with the exit code. */
export function runDataDiff(
  dir: string,
  args: readonly string[],
  print: (line: string) => void,
  printError: (line: string) => void = print,
): number {
  let parsed: ReturnType<typeof parseDiffArgs>;
  try {
    parsed = parseDiffArgs(args);
  } catch (e) {
    printError(`data:diff: ${(e as Error).message}; usage: npm run data:diff -- [REVISION] | --since-build`);
    return 2;
  }
  const base = baseline(dir, parsed.revision, parsed.sinceBuild);
  if ("problem" in base) {
    printError(`data:diff: ${base.problem}`);
    return 1;
  }
  const tables = diffEvidence(base.version, folderNow(dir));
  for (const line of evidenceDiffLines(tables, displayPath(dir), base.name)) print(line);
  return 0;
}

function parseDiffArgs(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { "since-build": { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`one revision at most, not ${positionals.length}`);
  const sinceBuild = values["since-build"] === true;
  if (sinceBuild && positionals.length) throw new Error("a revision or --since-build, not both");
  return { revision: positionals[0], sinceBuild };
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = runDataDiff(
    dataDir(),
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
