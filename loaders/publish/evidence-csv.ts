// The evidence tables as the site publishes them (data/<table>.csv): the validated rows in the
// contract's columns, so a reader downloads exactly what the pages show. Text cells are made
// inert for spreadsheets (rowsToCsv); number columns stay numbers; dates are written as typed
// (2018, 2018-08, 2018-08-06) and lists joined with ";" as in the contract.
import { type CsvValue, rowsToCsv } from "../embed/csv.ts";
import { tableRows } from "../events/table-rows.ts";
import type { Evidence, PartialDate } from "../model.ts";
import { schemas, type TableSchema } from "../schema/index.ts";

/** Where the build writes the tables, beside the pages ("data" is a reserved page slug). */
export const evidenceFolder = "data";

function cell(value: unknown): CsvValue {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return value.join(";");
  if (typeof value === "object" && "iso" in value) return (value as PartialDate).iso;
  return String(value);
}

/** One table as CSV text, in its schema's column order. */
export function evidenceTableCsv(schema: TableSchema, rows: readonly object[]): string {
  const columns = schema.columns.map((c) => c.name);
  const records = rows.map((row) =>
    Object.fromEntries(
      schema.columns.map((c) => [c.name, cell((row as Record<string, unknown>)[c.key])] as const),
    ),
  );
  return rowsToCsv(records, columns);
}

/** Every table of the evidence, by file name (events.csv, …). */
export function evidenceCsvFiles(evidence: Evidence): Map<string, string> {
  return new Map(
    schemas.map((schema) => [schema.file, evidenceTableCsv(schema, tableRows(evidence, schema.name))]),
  );
}
