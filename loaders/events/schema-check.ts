// What the columnar reader of events (read.ts) takes events.csv's columns to be. It reads each
// column by name as the schema had them when it was written; if the schema changes (a column
// added, a type or a rule changed), the reader declines every file until it is brought up to
// date, and a unit test says so.
import { events } from "../schema/events.ts";
import type { Column } from "../schema/types.ts";

/** The columns read.ts reads: name, type, required, the table referred to. */
export const readColumns = [
  "id id required",
  "date date required",
  "end_date date optional notBefore=date",
  "date_note text optional",
  "actors list-of-refs required table=actors",
  "kind slug required",
  "title text required",
  "summary text optional",
  "status enum required",
  "sources list-of-refs required table=sources",
  "notes text optional",
].join("\n");

/** One line per column: what the schema says of it that a reader has to follow. */
export function describeColumns(columns: readonly Column[]): string {
  return columns
    .map((c) => {
      const rules = Object.entries(c)
        .filter(([key]) => !["name", "key", "type", "required", "description", "values"].includes(key))
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(";") : String(value)}`);
      return [c.name, c.type, c.required ? "required" : "optional", ...rules].join(" ");
    })
    .join("\n");
}

/** Whether the events schema is the one read.ts reads. */
export const schemaReadable = describeColumns(events.columns) === readColumns;

/** Whether text[start, end) is a slug: [a-z0-9]+ joined by single hyphens. */
export function isSlugRange(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  let hyphen = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) hyphen = false;
    else if (c === 45 && !hyphen) hyphen = true;
    else return false;
  }
  return !hyphen;
}
