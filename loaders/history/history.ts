// The evidence's history, commit by commit: what each commit of the folder's repository changed
// in the tables, by row. Pure: the commits and the files' contents come from the caller (git is
// read in loaders/cli/git-history.ts).
import { evidenceFiles } from "./evidence-diff.ts";
import { diffTables, readTable, type TableDiff, type TableRead, tableChanged } from "./table-diff.ts";

export interface CommitInfo {
  /** The full commit hash. */
  hash: string;
  /** When it was made: the author's date, ISO 8601 with its offset. */
  date: string;
  /** The first line of its message, and the rest (empty when none). */
  subject: string;
  body: string;
}

/** A commit as the log gives it: the evidence files it touched, each as blob ids (absent: no file). */
export interface LoggedCommit extends CommitInfo {
  files: { file: string; before?: string; after?: string }[];
  /** A shallow clone's first commit: its parents were not fetched, so git shows it adding every file. */
  shallowStart?: true;
}

export interface EvidenceCommit extends CommitInfo {
  /** Empty for a shallow clone's first commit: what it changed is not known. */
  tables: TableDiff[];
  /** Where the history in this copy begins (a shallow clone's first commit), not what it added. */
  shallowStart?: true;
}

/** Newest first. */
export interface EvidenceHistory {
  commits: EvidenceCommit[];
}

/**
 * The history of `log` (newest first): each commit's changed rows per table. A commit that
 * touched the files but no row (a line ending, a quote style) is left out. A shallow clone's
 * first commit is kept, as where the history begins, without the rows git would say it added.
 */
export function evidenceHistory(
  log: readonly LoggedCommit[],
  blob: (id: string) => Uint8Array | undefined,
  files: readonly string[] = evidenceFiles,
): EvidenceHistory {
  const order = (file: string) => files.indexOf(file);
  // Each version is the "after" of one commit and the "before" of the next older one: read once.
  const recent = new Map<string, TableRead>();
  const read = (file: string, id: string | undefined): TableRead => {
    if (id === undefined) return readTable(undefined, file);
    const held = recent.get(id) ?? readTable(blob(id), file);
    recent.delete(id);
    recent.set(id, held);
    if (recent.size > 2 * files.length) recent.delete(recent.keys().next().value as string);
    return held;
  };
  const commits = log.flatMap((commit): EvidenceCommit[] => {
    const { files: _, ...info } = commit;
    if (commit.shallowStart) return [{ ...info, tables: [] }];
    const touched = commit.files
      .filter((f) => files.includes(f.file))
      .sort((a, b) => order(a.file) - order(b.file));
    const tables = touched
      .map((f) => diffTables(f.file, read(f.file, f.before), read(f.file, f.after)))
      .filter(tableChanged);
    return tables.length ? [{ ...info, tables }] : [];
  });
  return { commits };
}
