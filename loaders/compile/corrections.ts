// Corrections by the row they correct. A target is an id in any table; where two tables share an
// id, it names the row of the first table in the contract's order, as data:check reads it.
import { tableIds } from "../events/table-rows.ts";
import { type CorrectedTable, type Correction, correctedTables, type Evidence } from "../model.ts";

export type { CorrectedTable };

export interface CorrectionEntry {
  correction: Correction;
  /** The table of the row it corrects; undefined for an id in no table (invalid evidence). */
  table?: CorrectedTable;
}

/** Newest first; on the same date, by id. */
function newestFirst(a: Correction, b: Correction): number {
  return a.date.iso < b.date.iso ? 1 : a.date.iso > b.date.iso ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every correction with the table of its row, newest first. */
export function compileCorrections(evidence: Evidence): CorrectionEntry[] {
  const ids = correctedTables.map((table) => [table, new Set(tableIds(evidence, table))] as const);
  return [...evidence.corrections].sort(newestFirst).map((correction) => {
    const table = ids.find(([, set]) => set.has(correction.target))?.[0];
    return table ? { correction, table } : { correction };
  });
}

/** A corrected row where it is shown among others (a chart's figures, a key figure): its name as readers know it, and its corrections. */
export interface NamedCorrections {
  label: string;
  corrections: readonly Correction[];
}

/** A row's corrections, newest first: `of(table, id)`. */
export type CorrectionsOf = (table: CorrectedTable, id: string) => readonly Correction[];

const none: readonly Correction[] = [];
export const noCorrections: CorrectionsOf = () => none;

export function correctionsOf(evidence: Evidence): CorrectionsOf {
  if (!evidence.corrections.length) return noCorrections;
  const byRow = new Map<string, Correction[]>();
  for (const { correction, table } of compileCorrections(evidence)) {
    if (!table) continue;
    const key = `${table}/${correction.target}`;
    const list = byRow.get(key);
    if (list) list.push(correction);
    else byRow.set(key, [correction]);
  }
  return (table, id) => byRow.get(`${table}/${id}`) ?? none;
}

/** The corrected ones of `rows` (of `table`), each named by `label`, in the rows' order. */
export function namedCorrections<T extends { id: string }>(
  of: CorrectionsOf,
  table: CorrectedTable,
  rows: readonly T[],
  label: (row: T) => string,
): NamedCorrections[] {
  return rows.flatMap((row) => {
    const corrections = of(table, row.id);
    return corrections.length ? [{ label: label(row), corrections }] : [];
  });
}

/** The date of the newest correction (ISO), or undefined. */
export function newestCorrection(evidence: Evidence): string | undefined {
  let newest: string | undefined;
  for (const c of evidence.corrections) if (newest === undefined || c.date.iso > newest) newest = c.date.iso;
  return newest;
}
