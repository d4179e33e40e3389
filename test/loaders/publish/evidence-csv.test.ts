import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tableIds } from "../../../loaders/events/table-rows.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import { evidenceCsvFiles, evidenceTableCsv } from "../../../loaders/publish/evidence-csv.ts";
import { events, figures, schemas } from "../../../loaders/schema/index.ts";

const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { delimiter: "," }).data;

describe("evidenceTableCsv(schema, rows)", () => {
  it("writes the contract's header for a table with no rows", () => {
    expect(evidenceTableCsv(events, [])).toBe(`${events.columns.map((c) => c.name).join(",")}\r\n`);
  });

  it("writes dates as typed, lists joined with ; and numbers as numbers, negative ones untouched", () => {
    const [row] = parse(
      evidenceTableCsv(figures, [
        {
          id: "loss",
          subject: "Loss",
          value: -5,
          unit: "USD",
          asOf: { iso: "2018-08", precision: "month" },
          sources: ["a", "b"],
        },
      ]),
    ).slice(1);
    const cell = (name: string) => row?.[figures.columns.findIndex((c) => c.name === name)];
    expect([cell("value"), cell("as_of"), cell("sources"), cell("scope")]).toEqual([
      "-5",
      "2018-08",
      "a;b",
      "",
    ]);
  });

  it("neutralises a text cell that a spreadsheet would run as a formula, multi-line payloads too", () => {
    const csv = evidenceTableCsv(events, [{ id: "x", title: "=1+1\nx", actors: [], sources: [] }]);
    const [row] = parse(csv).slice(1);
    expect(row?.[events.columns.findIndex((c) => c.name === "title")]).toBe("'=1+1\nx");
  });
});

describe("evidenceCsvFiles(evidence)", () => {
  it("publishes every table under its file name, each row's id in the first column", () => {
    const evidence = loadEvidence("test/fixtures/evidence/minimal");
    const files = evidenceCsvFiles(evidence);
    expect([...files.keys()]).toEqual(schemas.map((s) => s.file));
    for (const schema of schemas) {
      const [header, ...rows] = parse(files.get(schema.file) as string);
      expect(header).toEqual(schema.columns.map((c) => c.name));
      expect(rows.map((r) => r[0])).toEqual(tableIds(evidence, schema.name));
    }
  });
});
