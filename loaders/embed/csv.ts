// Chart data as CSV for readers to download, safe to open in a spreadsheet: a text cell that
// starts with = + - @, tab, CR or LF would run as a formula (OWASP "CSV injection"), so it is
// prefixed with ' — numbers stay numbers, so -5 is not touched (papaparse's escapeFormulae gets
// both wrong; see docs/embeds.md).
export type CsvValue = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r\n]/;

/** A text cell made inert for spreadsheets. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return quote(neutraliseFormula(value));
}

/**
 * RFC 4180 CSV with a header row; columns are `columns` when given (a table with no rows keeps
 * its header), else the keys of the first row, then any new ones. `header` names a column in the
 * header row (readers' words); the cells stay as they are.
 */
export function rowsToCsv(
  rows: readonly Record<string, CsvValue>[],
  columns: readonly string[] = [...new Set(rows.flatMap((row) => Object.keys(row)))],
  header: (column: string) => string = (column) => column,
): string {
  const lines = [columns.map((c) => quote(neutraliseFormula(header(c)))).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cellText(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
