import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../loaders/csv.ts";
import * as message from "../../../loaders/messages.ts";
import type { TableName } from "../../../loaders/model.ts";
import { formatProblem } from "../../../loaders/problem.ts";
import { schemas } from "../../../loaders/schema/index.ts";
import { targetTables } from "../../../loaders/validate/shared-ids.ts";
import { type ParsedTables, validateEvidence } from "../../../loaders/validate.ts";
import { evidenceTables, lineAt, toCsv } from "../evidence-arbitrary.ts";

const minimal = Object.fromEntries(
  schemas.map((s) => [s.name, readFileSync(`test/fixtures/evidence/minimal/${s.file}`, "utf8")]),
) as Record<TableName, string>;
const encoder = new TextEncoder();
const fileOf = (name: TableName) => schemas.find((s) => s.name === name)?.file as string;
const targetFiles = targetTables.map(fileOf);

/** Problems of the minimal evidence with rows added to some tables. */
function shown(rows: Partial<Record<TableName, string[]>>) {
  const parsed: ParsedTables = {};
  for (const s of schemas) {
    const text = `${minimal[s.name]}${(rows[s.name] ?? []).map((row) => `${row}\n`).join("")}`;
    parsed[s.name] = parseCsv(encoder.encode(text), `data/${s.file}`);
  }
  return validateEvidence(parsed).problems.map(formatProblem);
}

const statement = (id: string) =>
  `${id},2018-08-08,example-bank,,press release,Example.,privacy,,example-report,`;
const figure = (id: string) => `${id},Example,worldwide,example-reach,5,people,2018-04,,example-report,`;
const annotation = (id: string, target: string) => `${id},${target},,,Example label,,,example-report,`;

describe("ids across the tables a target may name", () => {
  it("are those of every table some ref-any column names, corrections aside", () => {
    const named = new Set(
      schemas.flatMap((s) => s.columns.flatMap((c) => (c.type === "ref-any" ? c.tables : []))),
    );
    expect(targetTables).toEqual(schemas.map((s) => s.name).filter((name) => named.has(name)));
    expect(targetTables).toContain("events");
    expect(targetTables).toContain("statements");
    expect(targetTables).not.toContain("corrections");
  });

  it("reports an id an earlier table (in reading order) already has at the later row's id cell", () => {
    // Nothing names "example-claim": the id is reported all the same.
    expect(shown({ figures: [figure("example-claim")] })).toEqual([
      `data/figures.csv:3:1 ${message.idInAnotherTable("example-claim", "data/claims.csv", 2, targetFiles)}`,
    ]);
  });

  it("reports a target naming rows of two tables at the target's cell, naming both rows", () => {
    expect(
      shown({
        statements: [statement("example-twice")],
        figures: [figure("example-twice")],
        annotations: [annotation("example-note", "example-twice")],
      }),
    ).toEqual([
      `data/annotations.csv:4:2 ${message.ambiguousTarget("target", "example-twice", ["data/statements.csv:3", "data/figures.csv:3"])}`,
      `data/figures.csv:3:1 ${message.idInAnotherTable("example-twice", "data/statements.csv", 3, targetFiles)}`,
    ]);
  });

  it("names every row that has the id, in every target that names it", () => {
    const id = "example-data-request";
    const rows = ["data/events.csv:2", "data/statements.csv:3", "data/figures.csv:3"];
    expect(shown({ statements: [statement(id)], figures: [figure(id)] })).toEqual([
      `data/annotations.csv:2:2 ${message.ambiguousTarget("target", id, rows)}`,
      `data/corrections.csv:4:3 ${message.ambiguousTarget("target", id, rows)}`,
      `data/figures.csv:3:1 ${message.idInAnotherTable(id, "data/events.csv", 2, targetFiles)}`,
      `data/statements.csv:3:1 ${message.idInAnotherTable(id, "data/events.csv", 2, targetFiles)}`,
    ]);
  });

  it("lets a correction's id be another row's (nothing names a correction)", () => {
    const correction = "example-bank,2018-08-11,example-users,Example text.,example-report,";
    expect(shown({ corrections: [correction] })).toEqual([]);
  });

  it("says 'either' of two rows and 'any of them' of more", () => {
    expect(message.ambiguousTarget("target", "x", ["a.csv:2", "b.csv:3"])).toContain(
      "(a.csv:2 and b.csv:3), so it could name either;",
    );
    expect(message.ambiguousTarget("target", "x", ["a.csv:2", "b.csv:3", "c.csv:4"])).toContain(
      "(a.csv:2, b.csv:3 and c.csv:4), so it could name any of them;",
    );
  });
});

describe("ids across tables (property)", () => {
  // Two target tables, the later one without a unique column (a copied row would repeat it).
  const pairs = targetTables.flatMap((a, i) =>
    targetTables
      .slice(i + 1)
      .filter((b) => !schemas.find((s) => s.name === b)?.columns.some((c) => c.unique))
      .map((b) => [a, b] as const),
  );

  it("reports a row given an earlier target table's id once, at its id cell, naming the first row", () => {
    const cases = fc.tuple(evidenceTables, fc.constantFrom(...pairs), fc.nat(), fc.nat());
    fc.assert(
      fc.property(cases, ([tables, [a, b], rowSeed, copySeed]) => {
        const first = tables.find((t) => t.schema.name === a);
        const later = tables.find((t) => t.schema.name === b);
        if (!first || !later) throw new Error("unreachable");
        const row = 1 + (rowSeed % first.expected.length);
        const id = first.expected[row - 1]?.id as string;
        const idAt = (later.rows[0] as string[]).indexOf("id");
        const copy = later.rows[1 + (copySeed % later.expected.length)] as string[];
        const rows = [...later.rows, copy.map((cell, i) => (i === idAt ? id : cell))];
        const parsed: ParsedTables = {};
        const texts = new Map<TableName, ReturnType<typeof toCsv>>();
        for (const t of tables) {
          const csv = toCsv(t === later ? rows : t.rows, [false], ["\n"]);
          texts.set(t.schema.name, csv);
          parsed[t.schema.name] = parseCsv(encoder.encode(csv.text), `data/${t.schema.file}`);
        }
        const at = (name: TableName, r: number) => {
          const csv = texts.get(name) as ReturnType<typeof toCsv>;
          return lineAt(csv.text, csv.starts[r] as number);
        };
        const errors = validateEvidence(parsed).problems.filter((p) => p.severity === "error");
        // A generated target may name the id: it now names two rows, and says so.
        const ambiguous = `target ${message.quote(id)} is the id of more than one row`;
        const [named, others] = [errors.filter((p) => p.message.startsWith(ambiguous)), errors];
        expect(
          named.every((p) => p.file === "data/annotations.csv" || p.file === "data/corrections.csv"),
        ).toBe(true);
        expect(others.filter((p) => !named.includes(p))).toEqual([
          {
            file: `data/${later.schema.file}`,
            line: at(b, rows.length - 1),
            column: idAt + 1,
            severity: "error",
            message: message.idInAnotherTable(id, `data/${first.schema.file}`, at(a, row), targetFiles),
          },
        ]);
      }),
    );
  });
});
