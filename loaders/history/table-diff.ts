// What changed in one table between two versions of its CSV, row by row: rows are matched by
// their `id`, cells by their column's name (a renamed column is recognised by its values), so a
// moved row or a reordered column is no change. Both versions are parsed by the kit's own reader
// (csv.ts), so a line number means what data:check means by it.
import { type ParsedCsv, parseCsv } from "../csv.ts";
import { formatProblem, isError } from "../problem.ts";

export interface CellChange {
  /** The column's name now (a renamed column's new name). */
  column: string;
  before: string;
  after: string;
}

export interface RowRef {
  /** The row's id; "" for a row without one. */
  id: string;
  /** The line the row starts on, in the version that has it (now, or before for a removed row). */
  line: number;
}

export interface RowChange extends RowRef {
  cells: CellChange[];
}

export interface TableDiff {
  /** The table's file name, e.g. events.csv. */
  file: string;
  added: RowRef[];
  removed: RowRef[];
  changed: RowChange[];
  columnsAdded: string[];
  columnsRemoved: string[];
  columnsRenamed: { from: string; to: string }[];
  /** Ids more than one row holds, before or after: their rows are matched in file order. */
  duplicateIds: string[];
  /** A version the reader could not read as CSV (not UTF-8, a spreadsheet file): no rows compared. */
  unreadable?: { version: "before" | "after"; problem: string };
}

/** A version of a table: its file's bytes, or undefined when the file does not exist in it. */
export type TableVersion = Uint8Array | undefined;

interface Row {
  id: string;
  line: number;
  values: Map<string, string>;
}

function rowsOf(parsed: ParsedCsv): { columns: string[]; rows: Row[] } {
  const columns = parsed.header.map((cell) => cell.value);
  const idAt = columns.indexOf("id");
  const rows = parsed.records.map((record) => ({
    id: idAt >= 0 ? (record.cells[idAt] ?? "").trim() : "",
    line: record.line,
    values: new Map(columns.map((name, i) => [name, record.cells[i] ?? ""] as const)),
  }));
  return { columns, rows };
}

/** A version that has a header and rows, or why it has none although the file is not empty. */
function read(bytes: TableVersion, file: string): { columns: string[]; rows: Row[] } | string {
  if (!bytes) return { columns: [], rows: [] };
  const parsed = parseCsv(bytes, file);
  const fatal = parsed.problems.find(isError);
  if (!parsed.header.length && fatal) return formatProblem(fatal);
  return rowsOf(parsed);
}

/** Pairs each row before with the row after holding the same id (the n-th with the n-th). */
function matchRows(before: Row[], after: Row[]) {
  const byId = new Map<string, Row[]>();
  for (const row of after) if (row.id) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const pairs: [Row, Row][] = [];
  const removed: Row[] = [];
  const unkeyed: Row[] = [];
  for (const row of before) {
    if (!row.id) unkeyed.push(row);
    else {
      const match = byId.get(row.id)?.shift();
      if (match) pairs.push([row, match]);
      else removed.push(row);
    }
  }
  const paired = new Set(pairs.map(([, a]) => a));
  return { pairs, removed, unkeyed, added: after.filter((row) => row.id && !paired.has(row)) };
}

/** Rows without an id are the same row only when every cell is the same. */
function matchUnkeyed(before: Row[], after: Row[], columns: string[]) {
  const content = (row: Row) => JSON.stringify(columns.map((c) => row.values.get(c) ?? ""));
  const left = new Map<string, Row[]>();
  for (const row of before) left.set(content(row), [...(left.get(content(row)) ?? []), row]);
  const added = after.filter((row) => !left.get(content(row))?.shift());
  return { added, removed: [...left.values()].flat() };
}

function duplicates(rows: Row[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { id } of rows) if (id) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** A removed column whose every value reappears, row for row, under an added one was renamed. */
function renames(pairs: [Row, Row][], removed: string[], added: string[]) {
  const renamed: { from: string; to: string }[] = [];
  const free = [...added];
  if (!pairs.length) return renamed;
  for (const from of removed) {
    const to = free.find((name) =>
      pairs.every(([b, a]) => (b.values.get(from) ?? "") === (a.values.get(name) ?? "")),
    );
    if (to === undefined) continue;
    renamed.push({ from, to });
    free.splice(free.indexOf(to), 1);
  }
  return renamed;
}

const ref = (row: Row): RowRef => ({ id: row.id, line: row.line });

/** The difference between two versions of the table `file` (either may be absent). */
export function diffTable(file: string, beforeBytes: TableVersion, afterBytes: TableVersion): TableDiff {
  const before = read(beforeBytes, file);
  const after = read(afterBytes, file);
  const diff: TableDiff = {
    file,
    added: [],
    removed: [],
    changed: [],
    columnsAdded: [],
    columnsRemoved: [],
    columnsRenamed: [],
    duplicateIds: [],
  };
  if (typeof before === "string" || typeof after === "string") {
    const version = typeof before === "string" ? "before" : "after";
    return { ...diff, unreadable: { version, problem: (version === "before" ? before : after) as string } };
  }
  const { pairs, removed, unkeyed, added } = matchRows(before.rows, after.rows);
  // A table that appears or disappears changes rows, not columns.
  const both = beforeBytes && afterBytes;
  diff.columnsAdded = both ? after.columns.filter((c) => !before.columns.includes(c)) : [];
  diff.columnsRemoved = both ? before.columns.filter((c) => !after.columns.includes(c)) : [];
  diff.columnsRenamed = renames(pairs, diff.columnsRemoved, diff.columnsAdded);
  const renamedFrom = new Set(diff.columnsRenamed.map((r) => r.from));
  const renamedTo = new Set(diff.columnsRenamed.map((r) => r.to));
  diff.columnsRemoved = diff.columnsRemoved.filter((c) => !renamedFrom.has(c));
  diff.columnsAdded = diff.columnsAdded.filter((c) => !renamedTo.has(c));
  const compared = [
    ...after.columns.filter((c) => before.columns.includes(c)).map((c) => ({ from: c, to: c })),
    ...diff.columnsRenamed,
  ];
  for (const [b, a] of pairs) {
    const cells = compared.flatMap(({ from, to }) => {
      const old = b.values.get(from) ?? "";
      const now = a.values.get(to) ?? "";
      return old === now ? [] : [{ column: to, before: old, after: now }];
    });
    if (cells.length) diff.changed.push({ ...ref(a), cells });
  }
  const common = compared.map((c) => c.to);
  const renamedBack = new Map(diff.columnsRenamed.map((r) => [r.to, r.from]));
  const asNow = (row: Row): Row => ({
    ...row,
    values: new Map(common.map((c) => [c, row.values.get(renamedBack.get(c) ?? c) ?? ""])),
  });
  const loose = matchUnkeyed(
    unkeyed.map(asNow),
    after.rows.filter((row) => !row.id).map((row) => ({ ...row, values: row.values })),
    common,
  );
  diff.added = [...added, ...loose.added].map(ref).sort((x, y) => x.line - y.line);
  diff.removed = [...removed, ...loose.removed].map(ref).sort((x, y) => x.line - y.line);
  diff.duplicateIds = [...new Set([...duplicates(before.rows), ...duplicates(after.rows)])].sort();
  return diff;
}

/** Whether the diff has anything to say. */
export function tableChanged(diff: TableDiff): boolean {
  return Boolean(
    diff.unreadable ||
      diff.added.length ||
      diff.removed.length ||
      diff.changed.length ||
      diff.columnsAdded.length ||
      diff.columnsRemoved.length ||
      diff.columnsRenamed.length,
  );
}
