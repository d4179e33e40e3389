import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../loaders/csv.ts";
import * as message from "../../loaders/messages.ts";
import type { TableName } from "../../loaders/model.ts";
import { schemas } from "../../loaders/schema/index.ts";
import { type ParsedTables, validateEvidence } from "../../loaders/validate.ts";

const minimal = Object.fromEntries(
  schemas.map((s) => [s.name, readFileSync(`test/fixtures/evidence/minimal/${s.file}`, "utf8")]),
) as Record<TableName, string>;
const header = "id,target,date,end_date,label,text,step,sources,notes";

function validate(annotations: string | undefined) {
  const parsed: ParsedTables = {};
  for (const s of schemas) {
    const text = s.name === "annotations" ? annotations : minimal[s.name];
    if (text !== undefined) parsed[s.name] = parseCsv(new TextEncoder().encode(text), `data/${s.file}`);
  }
  return validateEvidence(parsed);
}
const rows = (...lines: string[]) => `${header}\n${lines.join("\n")}\n`;
const messages = (text: string) => validate(text).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe("validateEvidence(tables) on annotations.csv", () => {
  it("reads an annotation on an item and one on a span of time into typed rows", () => {
    const { evidence, problems } = validate(minimal.annotations);
    expect(problems).toEqual([]);
    expect(evidence.annotations).toEqual([
      {
        id: "example-request-moment",
        target: "example-data-request",
        date: undefined,
        endDate: undefined,
        label: "Example Bank is asked for data",
        text: "An example caption for tests.",
        step: 1,
        sources: ["example-report"],
        notes: "Example content.",
        extra: {},
      },
      expect.objectContaining({
        id: "example-era",
        target: undefined,
        date: { iso: "2018-08", precision: "month" },
        endDate: { iso: "2018-09", precision: "month" },
        step: undefined,
      }),
    ]);
  });

  it("reads a folder without annotations.csv as no annotations and no problem", () => {
    const { evidence, problems } = validate(undefined);
    expect(problems).toEqual([]);
    expect(evidence.annotations).toEqual([]);
  });

  it("accepts a target in statements or figures as well as events", () => {
    const { evidence, problems } = validate(
      rows(
        "on-statement,example-denial,,,The denial,,,example-report,",
        "on-figure,example-users,,,The count,,,example-report,",
      ),
    );
    expect(problems).toEqual([]);
    expect(evidence.annotations.map((a) => a.target)).toEqual(["example-denial", "example-users"]);
  });

  it("requires date and end_date only without a target", () => {
    expect(messages(rows("span,,,,A span,,,example-report,"))).toEqual([
      `2:3 ${message.requiredWithout("date", "target", "annotation")}`,
      `2:4 ${message.requiredWithout("end_date", "target", "annotation")}`,
    ]);
  });

  it("counts a label's length in characters, not UTF-16 units: 60 emoji pass, 61 do not", () => {
    const label = (n: number) => "😀".repeat(n);
    expect(messages(rows(`a,example-data-request,,,${label(60)},,,example-report,`))).toEqual([]);
    expect(messages(rows(`a,example-data-request,,,${label(61)},,,example-report,`))).toEqual([
      `2:5 ${message.tooLong("label", label(61), 60)}`,
    ]);
  });

  it("requires a step to be a whole number of at least 1", () => {
    expect(messages(rows("a,example-data-request,,,A,,0,example-report,"))).toEqual([
      `2:7 ${message.belowMinimum("step", "0", 1)}`,
    ]);
  });

  it("reports each repeated step at the repeat, and leaves empty steps alone", () => {
    const text = rows(
      "a,example-data-request,,,A,,2,example-report,",
      "b,example-denial,,,B,,,example-report,",
      "c,example-users,,,C,,,example-report,",
      "d,example-data-request,,,D,,2,example-report,",
    );
    expect(messages(text)).toEqual([`5:7 ${message.duplicateValue("step", "2", 2)}`]);
  });
});
