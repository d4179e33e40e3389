import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest } from "../../loaders/closest.ts";
import { parseCsv } from "../../loaders/csv.ts";
import { tableRows } from "../../loaders/events/table-rows.ts";
import * as message from "../../loaders/messages.ts";
import type { Column } from "../../loaders/schema/index.ts";
import { type ParsedTables, validateEvidence } from "../../loaders/validate.ts";
import { evidenceTables, type GeneratedTable, lineAt, toCsv } from "./evidence-arbitrary.ts";

const encoder = new TextEncoder();
const layout = fc.record({
  quoteAll: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
  endings: fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 4 }),
  bom: fc.boolean(),
});
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function encode(tables: readonly GeneratedTable[], { quoteAll, endings, bom }: Layout) {
  const parsed: ParsedTables = {};
  const starts = new Map<string, { text: string; starts: number[] }>();
  for (const t of tables) {
    const csv = toCsv(t.rows, quoteAll, endings);
    const bytes = encoder.encode(`${bom ? "\uFEFF" : ""}${csv.text}`);
    parsed[t.schema.name] = parseCsv(bytes, `data/${t.schema.file}`);
    starts.set(t.schema.name, csv);
  }
  return { parsed, starts };
}

/** A bad value for the column and the message validation must give for it. */
function corrupt(column: Column): { raw: string; message: string } | undefined {
  switch (column.type) {
    case "date":
      return { raw: "2018-02-30", message: message.notACalendarDate(column.name, "2018-02-30") };
    case "enum": {
      const allowed = Object.keys(column.values);
      const raw = "not-a-value";
      return { raw, message: message.notInEnum(column.name, raw, allowed, closest(raw, allowed)) };
    }
    case "number":
      return { raw: "1,000", message: message.numberWithSeparators(column.name, "1,000", "1000") };
    default:
      return undefined;
  }
}

describe("parse -> validate (property)", () => {
  it("reads generated valid tables back without loss, whatever the text, quoting and line endings", () => {
    fc.assert(
      fc.property(evidenceTables, layout, (tables, how) => {
        const { evidence, problems } = validateEvidence(encode(tables, how).parsed);
        expect(problems.filter((p) => p.severity === "error")).toEqual([]);
        for (const t of tables) expect(tableRows(evidence, t.schema.name)).toEqual(t.expected);
      }),
    );
  });

  it("reports one corrupted date, enum or number cell at its exact line and column", () => {
    const target = evidenceTables.chain((tables) => {
      const choices = tables.flatMap((t) =>
        t.schema.columns.flatMap((c, column) => (corrupt(c) ? [{ table: t, column }] : [])),
      );
      return fc.tuple(fc.constant(tables), fc.constantFrom(...choices), fc.nat(), layout);
    });
    fc.assert(
      fc.property(target, ([tables, { table, column }, rowSeed, how]) => {
        const row = 1 + (rowSeed % (table.rows.length - 1));
        const bad = corrupt(table.schema.columns[column] as Column);
        if (!bad) throw new Error("unreachable");
        const rows = table.rows.map((cells, r) =>
          r === row ? cells.map((c, i) => (i === column ? bad.raw : c)) : cells,
        );
        const { parsed, starts } = encode(
          tables.map((t) => (t === table ? { ...t, rows } : t)),
          how,
        );
        const csv = starts.get(table.schema.name);
        if (!csv) throw new Error("unreachable");
        const line = lineAt(csv.text, csv.starts[row] as number);
        const errors = validateEvidence(parsed).problems.filter((p) => p.severity === "error");
        expect(errors).toEqual([
          {
            file: `data/${table.schema.file}`,
            line,
            column: column + 1,
            severity: "error",
            message: bad.message,
          },
        ]);
      }),
    );
  });
});
