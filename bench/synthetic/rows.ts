// CSV rows for synthetic evidence, written to disk in chunks (a million rows never sit in one string).
import { appendFileSync, writeFileSync } from "node:fs";
import { schemas } from "../../loaders/schema/index.ts";
import { headerRow } from "../../loaders/schema/types.ts";

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function field(value: string | number | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function row(values: (string | number | undefined)[]): string {
  return `${values.map(field).join(",")}\n`;
}

/** Writes `rows` rows to `file` in chunks; `make(i)` gives row i. */
export function writeRows(file: string, header: string, rows: number, make: (i: number) => string): void {
  writeFileSync(file, `${header}\n`);
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    chunk += make(i);
    if (chunk.length > 1 << 20) {
      appendFileSync(file, chunk);
      chunk = "";
    }
  }
  if (chunk) appendFileSync(file, chunk);
}

export function header(table: string): string {
  const schema = schemas.find((s) => s.name === table);
  if (!schema) throw new Error(`no schema ${table}`);
  return headerRow(schema);
}
