// What changed in an investigation's evidence between two versions of its folder: one TableDiff
// per table that changed, in the order the kit reads its tables.
import { schemas } from "../schema/index.ts";
import { diffTable, type TableDiff, type TableVersion, tableChanged } from "./table-diff.ts";

/** The evidence's files, in the order the kit reads them (sources.csv first). */
export const evidenceFiles: readonly string[] = schemas.map((schema) => schema.file);

/** A version of the folder: a table's bytes by its file name, undefined when it has no such file. */
export type FolderVersion = (file: string) => TableVersion;

/** The tables that differ between `before` and `after`. */
export function diffEvidence(
  before: FolderVersion,
  after: FolderVersion,
  files: readonly string[] = evidenceFiles,
): TableDiff[] {
  return files.map((file) => diffTable(file, before(file), after(file))).filter(tableChanged);
}

/** How many rows a set of table diffs adds, removes and changes. */
export function diffCounts(tables: readonly TableDiff[]): {
  added: number;
  removed: number;
  changed: number;
} {
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const table of tables) {
    added += table.added.length;
    removed += table.removed.length;
    changed += table.changed.length;
  }
  return { added, removed, changed };
}
