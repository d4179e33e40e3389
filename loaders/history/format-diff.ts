// A diff of the evidence as data:diff prints it: one block per table, a line per row added (+),
// removed (-) or changed (~), each changed cell as `column: "old" → "new"` (long values cut to
// where they differ). For the journalist at the terminal, in English like data:check.
import { diffCounts } from "./evidence-diff.ts";
import { cellExcerpts } from "./excerpt.ts";
import type { RowRef, TableDiff } from "./table-diff.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (value: string) => (value === "" ? "(empty)" : `"${value}"`);

function rowName(row: RowRef): string {
  return row.id || "(no id)";
}

/** `2 rows added, 1 removed, 3 changed` (the parts that are not zero). */
export function countsLine({ added, removed, changed }: ReturnType<typeof diffCounts>): string {
  const parts = [
    added ? `${added} added` : "",
    removed ? `${removed} removed` : "",
    changed ? `${changed} changed` : "",
  ].filter(Boolean);
  if (!parts.length) return "no row added, removed or changed";
  const first = added || removed || changed;
  return `${parts[0]?.replace(/^(\d+) /, `$1 ${first === 1 ? "row" : "rows"} `)}${parts.length > 1 ? `, ${parts.slice(1).join(", ")}` : ""}`;
}

/** The lines of one table's diff; `folder` prefixes its file (data/events.csv). */
export function tableDiffLines(diff: TableDiff, folder: string, before: string): string[] {
  const file = `${folder}/${diff.file}`;
  if (diff.unreadable)
    return [
      `${file}: not compared: the version ${diff.unreadable.version === "before" ? before : "in the folder now"} could not be read: ${diff.unreadable.problem}`,
    ];
  const lines = [`${file}: ${countsLine(diffCounts([diff]))}`];
  const columns = [
    ...diff.columnsRenamed.map((r) => `column "${r.from}" renamed to "${r.to}"`),
    ...diff.columnsAdded.map((c) => `column "${c}" added`),
    ...diff.columnsRemoved.map((c) => `column "${c}" removed`),
  ];
  if (columns.length) lines.push(`  ${columns.join("; ")}`);
  for (const row of diff.added) lines.push(`  + ${rowName(row)} (line ${row.line})`);
  for (const row of diff.removed) lines.push(`  - ${rowName(row)} (was line ${row.line})`);
  for (const row of diff.changed) {
    lines.push(`  ~ ${rowName(row)} (line ${row.line})`);
    for (const cell of row.cells) {
      const [old, now] = cellExcerpts(cell.before, cell.after);
      lines.push(`      ${cell.column}: ${quoted(old)} → ${quoted(now)}`);
    }
  }
  if (diff.duplicateIds.length)
    lines.push(
      `  note: ${plural(diff.duplicateIds.length, "id")} held by more than one row (${diff.duplicateIds.map((id) => `"${id}"`).join(", ")}); their rows are matched in file order`,
    );
  return lines;
}

/** Everything data:diff prints for `tables`, changed since `before` (e.g. `HEAD (c538a8b, …)`). */
export function evidenceDiffLines(tables: readonly TableDiff[], folder: string, before: string): string[] {
  if (!tables.length) return [`No change in the evidence of ${folder} since ${before}.`];
  return [
    `Changes in the evidence of ${folder} since ${before}:`,
    ...tables.flatMap((table) => tableDiffLines(table, folder, before)),
    `${plural(tables.length, "table")} changed: ${countsLine(diffCounts(tables))}.`,
  ];
}
