// A table schema is data: the columns of one CSV, their types and the tables they refer to.
// One validator walks it (validate.ts); the contract in docs/data.md and data:init read it too.
import type { TableName } from "../model.ts";

export type ColumnType =
  /** Slug-like, unique within the table; the first column of every table. */
  | { type: "id" }
  /** Kept verbatim (never trimmed); `maxLength` caps it, in characters. */
  | { type: "text"; maxLength?: number }
  | { type: "slug" }
  | { type: "list-of-slugs" }
  /** One of the keys of `values` (a const object from enums.ts: value -> description). */
  | { type: "enum"; values: Readonly<Record<string, string>> }
  /** YYYY, YYYY-MM or YYYY-MM-DD; `notBefore` names a date column it must not end before. */
  | { type: "date"; notBefore?: string }
  | { type: "ref"; table: TableName }
  | { type: "list-of-refs"; table: TableName }
  /** An id in exactly one of `tables` (ids are unique across them: validate/shared-ids.ts). */
  | { type: "ref-any"; tables: readonly TableName[] }
  /** A plain decimal number, no separators; `min` is the smallest allowed value. */
  | { type: "number"; min?: number; integer?: boolean }
  /** An absolute http:// or https:// address. */
  | { type: "url" };

export type Column = ColumnType & {
  /** The CSV header name. */
  name: string;
  /** The property on the typed row (model.ts). */
  key: string;
  required: boolean;
  /** Required when the named column is empty (an annotation's date without a target). */
  requiredWithout?: string;
  /** No two rows may hold the same value (empty cells aside). */
  unique?: boolean;
  /** One line for the contract table in docs/data.md. */
  description: string;
};

export interface TableSchema {
  name: TableName;
  file: string;
  /** "event", for messages like "every event needs a title". */
  singular: string;
  description: string;
  /** A folder may leave the file out (it reads as an empty table). */
  optional?: boolean;
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
