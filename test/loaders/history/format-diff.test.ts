import { describe, expect, it } from "vitest";
import { diffEvidence } from "../../../loaders/history/evidence-diff.ts";
import { countsLine, evidenceDiffLines } from "../../../loaders/history/format-diff.ts";

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);

describe("evidenceDiffLines(tables, folder, before)", () => {
  it("prints each changed table with its rows and cells, and a summary", () => {
    const before = new Map([
      ["events.csv", csv("id,title,date", "a,First,2018", "b,Second,2018")],
      ["claims.csv", csv("id,text", "c,Same")],
    ]);
    const after = new Map([
      ["events.csv", csv("id,title,date", "a,First (edited),2018", "n,New,2019")],
      ["claims.csv", csv("id,text", "c,Same")],
    ]);
    const tables = diffEvidence(
      (f) => before.get(f),
      (f) => after.get(f),
    );
    expect(evidenceDiffLines(tables, "data", "HEAD")).toEqual([
      "Changes in the evidence of data since HEAD:",
      "data/events.csv: 1 row added, 1 removed, 1 changed",
      "  + n (line 3)",
      "  - b (was line 3)",
      "  ~ a (line 2)",
      '      title: "First" → "First (edited)"',
      "1 table changed: 1 row added, 1 removed, 1 changed.",
    ]);
  });

  it("says so when nothing changed", () => {
    expect(evidenceDiffLines([], "data", "the last build")).toEqual([
      "No change in the evidence of data since the last build.",
    ]);
  });

  it("names a version it could not read, and an empty value as (empty)", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00]);
    const tables = diffEvidence(
      (f) => (f === "events.csv" ? utf16 : f === "claims.csv" ? csv("id,text", "c,x") : undefined),
      (f) => (f === "events.csv" ? csv("id", "a") : f === "claims.csv" ? csv("id,text", "c,") : undefined),
    );
    const lines = evidenceDiffLines(tables, "data", "HEAD~1");
    expect(lines[2]).toMatch(/^data\/claims\.csv: 1 row changed$/);
    expect(lines[4]).toBe('      text: "x" → (empty)');
    expect(lines[1]).toMatch(
      /^data\/events\.csv: not compared: the version HEAD~1 could not be read: events\.csv:1:1 /,
    );
  });
});

describe("countsLine(counts)", () => {
  it("leaves out the zero counts and says rows once", () => {
    expect(countsLine({ added: 0, removed: 2, changed: 1 })).toBe("2 rows removed, 1 changed");
    expect(countsLine({ added: 0, removed: 0, changed: 0 })).toBe("no row added, removed or changed");
  });
});
