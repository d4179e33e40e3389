// The evidence a build was made from, kept so `npm run data:diff -- --since-build` can say what
// changed in the folder since: a copy of its tables (the kit's own folder, .tmp/built-evidence/,
// one per evidence folder), written after each successful build.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { evidenceFiles, type FolderVersion } from "../history/evidence-diff.ts";

const snapshots = resolve(".tmp/built-evidence");

/** Where the snapshot of the evidence folder `dir` lives. */
export function snapshotDir(dir: string, root = snapshots): string {
  return join(root, createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 16));
}

/** Keeps a copy of `dir`'s tables as the ones the build just published. */
export function recordBuiltEvidence(dir: string, builtAt: Date, root = snapshots): void {
  const target = snapshotDir(dir, root);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of evidenceFiles)
    if (existsSync(join(dir, file))) copyFileSync(join(dir, file), join(target, file));
  writeFileSync(join(target, "build.json"), `${JSON.stringify({ folder: resolve(dir), builtAt })}\n`);
}

/** The tables of the last build of `dir`, and when it was made; undefined when none was recorded. */
export function builtEvidence(
  dir: string,
  root = snapshots,
): { builtAt: string; version: FolderVersion } | undefined {
  const target = snapshotDir(dir, root);
  if (!existsSync(join(target, "build.json"))) return undefined;
  const { builtAt } = JSON.parse(readFileSync(join(target, "build.json"), "utf8")) as { builtAt: string };
  return {
    builtAt,
    version: (file) => (existsSync(join(target, file)) ? readFileSync(join(target, file)) : undefined),
  };
}
