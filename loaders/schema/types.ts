// A table schema is data: the columns of one CSV, their types and the tables they refer to.
// One validator walks it (validate.ts); the contract in docs/data.md and data:init read it too.
import type { TableName } from "../model.ts";

export type ColumnType =
  /** Slug-like, unique within the table; the first column of every table. */
  | { type: "id" }
  /** Kept verbatim (never trimmed); only checked for presence. */
  | { type: "text" }
  | { type: "slug" }
  | { type: "list-of-slugs" }
  /** One of the keys of `values` (a const object from enums.ts: value -> description). */
  | { type: "enum"; values: Readonly<Record<string, string>> }
  /** YYYY, YYYY-MM or YYYY-MM-DD; `notBefore` names a date column it must not end before. */
  | { type: "date"; notBefore?: string }
  | { type: "ref"; table: TableName }
  | { type: "list-of-refs"; table: TableName }
  /** A plain decimal number, no separators; `min` is the smallest allowed value. */
  | { type: "number"; min?: number }
  /** An absolute http:// or https:// address. */
  | { type: "url" };

export type Column = ColumnType & {
  /** The CSV header name. */
  name: string;
  /** The property on the typed row (model.ts). */
  key: string;
  required: boolean;
  /** One line for the contract table in docs/data.md. */
  description: string;
};

export interface TableSchema {
  name: TableName;
  file: string;
  /** "event", for messages like "every event needs a title". */
  singular: string;
  description: string;
  columns: readonly Column[];
}

/** Checks at compile time that every column's key is a property of the table's row type. */
export function defineTable<Row>(
  schema: TableSchema & { columns: readonly (Column & { key: keyof Row })[] },
): TableSchema {
  return schema;
}

/** The header row a new file needs: every column, in order. */
export function headerRow(schema: TableSchema): string {
  return schema.columns.map((c) => c.name).join(",");
}

export function requiredColumns(schema: TableSchema): Column[] {
  return schema.columns.filter((c) => c.required);
}
