// fast-check generators of valid evidence, built from the schemas: every table as CSV text
// (with the quoting, padding and line endings a spreadsheet might write) and the typed rows
// validation must give back.
import fc from "fast-check";
import { daysInMonth } from "../../loaders/dates.ts";
import type { DatePrecision, TableName } from "../../loaders/model.ts";
import { type Column, schemas, type TableSchema } from "../../loaders/schema/index.ts";

export interface GeneratedTable {
  schema: TableSchema;
  /** Cells as written, header first; the last column is a passthrough one. */
  rows: string[][];
  expected: Record<string, unknown>[];
}

export type Ids = Record<TableName, string[]>;
type Cell = { raw: string; value?: unknown };

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,5}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("-"));
const padding = fc.constantFrom("", "", " ", "  ", "\t");
const padded = (text: string) => fc.tuple(padding, padding).map(([a, b]) => `${a}${text}${b}`);

/** Text a journalist might paste: quotes, commas, semicolons, line breaks, emoji, any script. */
export const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', ",", ";", "\n", "\r\n", " ", "é", "😀", "日本", '""', "\t"),
      fc.string({ unit: "binary" }),
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(""))
  .filter((text) => !/[\uD800-\uDFFF]/u.test(text));
const someText = anyText.filter((text) => text.trim() !== "");

// Plain dates, and now and then one qualified in EDTF (~ about, ? uncertain, % both).
const date = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom<DatePrecision>("year", "month", "day"),
    qualifier: fc.constantFrom("", "", "", "~", "?", "%"),
  })
  .map(({ year, month, day, precision, qualifier }) => {
    const m = String(month).padStart(2, "0");
    const d = String(Math.min(day, daysInMonth(year, month))).padStart(2, "0");
    const iso =
      precision === "year" ? `${year}` : precision === "month" ? `${year}-${m}` : `${year}-${m}-${d}`;
    if (!qualifier) return { iso, precision };
    const bound = {
      iso,
      precision,
      ...(qualifier !== "?" ? { approximate: true } : {}),
      ...(qualifier !== "~" ? { uncertain: true } : {}),
    };
    return { iso: `${iso}${qualifier}`, precision, edtf: { interval: false, start: bound, end: bound } };
  });

const number = fc
  .tuple(fc.nat({ max: 10_000_000_000 }), fc.option(fc.stringMatching(/^[0-9]{1,4}$/)))
  .map(([whole, fraction]) => (fraction === null ? `${whole}` : `${whole}.${fraction}`));

const url = fc
  .tuple(fc.constantFrom("https", "http", "HTTPS"), slug, fc.option(slug))
  .map(([scheme, path, query]) => `${scheme}://example.org/${path}${query ? `?q=${query}` : ""}`);

/** A valid cell for the column, and the value validation must read from it. */
function cell(column: Column, ids: Ids): fc.Arbitrary<Cell> {
  switch (column.type) {
    case "id":
      throw new Error("ids are generated per row");
    case "text":
      return (column.required ? someText : fc.oneof(fc.constant(""), someText))
        .filter(
          (raw) => [...raw.replace(/\r\n?/g, "\n")].length <= (column.maxLength ?? Number.POSITIVE_INFINITY),
        )
        .map((raw) => ({
          raw,
          value: raw === "" ? undefined : raw.replace(/\r\n?/g, "\n"),
        }));
    case "slug":
      return slug.chain((s) => padded(s).map((raw) => ({ raw, value: s })));
    case "list-of-slugs":
      return fc.array(slug, { maxLength: 3 }).map((items) => ({ raw: items.join(" ; "), value: items }));
    case "enum":
      return fc
        .constantFrom(...Object.keys(column.values))
        .chain((v) => padded(v).map((raw) => ({ raw, value: v })));
    case "date":
      return date.map((d) => ({ raw: d.iso, value: d }));
    case "number":
      if (column.unique) throw new Error("unique numbers are generated per row");
      return number.chain((n) => padded(n).map((raw) => ({ raw, value: Number(n) })));
    case "url":
      return url.map((raw) => ({ raw, value: raw }));
    case "ref":
      return fc.constantFrom(...ids[column.table]).map((id) => ({ raw: id, value: id }));
    case "ref-any":
      return fc.constantFrom(...column.tables.flatMap((t) => ids[t])).map((id) => ({ raw: id, value: id }));
    case "list-of-refs":
      return fc
        .uniqueArray(fc.constantFrom(...ids[column.table]), { minLength: 1, maxLength: 3 })
        .chain((items) =>
          fc.constantFrom(";", "; ", " ;").map((sep) => ({ raw: items.join(sep), value: items })),
        );
  }
}

/** Optional cells are sometimes empty; a date with `notBefore` ends some years after its start. */
/** A unique number is the row's place (1, 2…) or empty; a column required without another, always given. */
function row(
  schema: TableSchema,
  id: string,
  ids: Ids,
  place: number,
): fc.Arbitrary<{ cells: string[]; value: Record<string, unknown> }> {
  const cells = schema.columns.map((c) => {
    if (c.type === "id") return padded(id).map((raw) => ({ raw, value: id }));
    if (c.unique) return fc.constantFrom<Cell>({ raw: "" }, { raw: `${place}`, value: place });
    if (c.type === "date" && c.notBefore)
      return (c.requiredWithout ? fc.nat(3) : fc.option(fc.nat(3))).map((years) => ({
        raw: "",
        value: years,
      }));
    const arb = cell(c, ids);
    return c.required || c.requiredWithout ? arb : fc.oneof(fc.constant<Cell>({ raw: "" }), arb);
  });
  return fc.tuple(fc.tuple(...cells), anyText).map(([generated, extra]) => {
    const value: Record<string, unknown> = { extra: { passthrough: extra.replace(/\r\n?/g, "\n") } };
    schema.columns.forEach((c, i) => {
      const g = generated[i] as Cell;
      if (c.type === "date" && c.notBefore) {
        const start = value[schema.columns.find((s) => s.name === c.notBefore)?.key ?? ""] as { iso: string };
        if (typeof g.value !== "number" || !start) return;
        g.raw = `${Number(start.iso.slice(0, 4)) + g.value}`;
        g.value = { iso: g.raw, precision: "year" };
      }
      const empty =
        (c.type === "list-of-slugs" || c.type === "list-of-refs") && g.raw === "" ? [] : undefined;
      if (g.value !== undefined || empty) value[c.key] = g.value ?? empty;
    });
    return { cells: [...generated.map((g) => (g as Cell).raw), extra], value };
  });
}

function table(schema: TableSchema, ids: Ids): fc.Arbitrary<GeneratedTable> {
  const header = [...schema.columns.map((c) => c.name), "passthrough"];
  return fc.tuple(...ids[schema.name].map((id, i) => row(schema, id, ids, i + 1))).map((rows) => ({
    schema,
    rows: [header, ...rows.map((r) => r.cells)],
    expected: rows.map((r) => r.value),
  }));
}

/** Ids for every table, 1 to 4 each, no two alike in any tables (a target may name several). */
const allIds: fc.Arbitrary<Ids> = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: schemas.length, maxLength: schemas.length })
  .chain((counts) => {
    const total = counts.reduce((a, b) => a + b, 0);
    return fc.uniqueArray(slug, { minLength: total, maxLength: total }).map((ids) => {
      let at = 0;
      return Object.fromEntries(
        schemas.map((s, i) => {
          const n = counts[i] as number;
          at += n;
          return [s.name, ids.slice(at - n, at)];
        }),
      ) as Ids;
    });
  });

/** Valid tables (every one the contract names) whose references all resolve. */
export const evidenceTables: fc.Arbitrary<GeneratedTable[]> = allIds.chain((ids) =>
  fc.tuple(...schemas.map((s) => table(s, ids))),
);

/** CSV text for the rows, quoting where needed and sometimes where not, with mixed line endings. */
export function toCsv(
  rows: readonly (readonly string[])[],
  quoteAll: readonly boolean[],
  endings: readonly string[],
) {
  const starts: number[] = [];
  let text = "";
  rows.forEach((cells, r) => {
    starts.push(text.length);
    const line = cells.map((c, i) =>
      /[",\r\n]/.test(c) || quoteAll[(r + i) % quoteAll.length] ? `"${c.replace(/"/g, '""')}"` : c,
    );
    text += line.join(",") + (endings[r % endings.length] ?? "\n");
  });
  return { text, starts };
}

/** 1-based line on which text[offset] sits, counting CRLF, CR and LF as one line break each. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}
