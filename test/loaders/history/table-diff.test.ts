import { describe, expect, it } from "vitest";
import { diffTable, tableChanged } from "../../../loaders/history/table-diff.ts";

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);

describe("diffTable(file, before, after)", () => {
  it("finds rows added, removed and changed by id, and the changed cells with old and new values", () => {
    const before = csv("id,title,date", "a,First,2018", "b,Second,2018", "c,Third,2019");
    const after = csv("id,title,date", "a,First,2018", "c,Third (edited),2019-05", "d,Fourth,2020");
    expect(diffTable("events.csv", before, after)).toEqual({
      file: "events.csv",
      added: [{ id: "d", line: 4 }],
      removed: [{ id: "b", line: 3 }],
      changed: [
        {
          id: "c",
          line: 3,
          cells: [
            { column: "title", before: "Third", after: "Third (edited)" },
            { column: "date", before: "2019", after: "2019-05" },
          ],
        },
      ],
      columnsAdded: [],
      columnsRemoved: [],
      columnsRenamed: [],
      duplicateIds: [],
    });
  });

  it("sees no change when rows move and columns are reordered", () => {
    const before = csv("id,title,date", "a,First,2018", "b,Second,2019");
    const after = csv("date,id,title", "2019,b,Second", "2018,a,First");
    expect(tableChanged(diffTable("events.csv", before, after))).toBe(false);
  });

  it("recognises a renamed column by its values and compares the rows under the new name", () => {
    const before = csv("id,title,notes", "a,First,x", "b,Second,y");
    const after = csv("id,headline,notes", "a,First,x", "b,Second (edited),y");
    const diff = diffTable("events.csv", before, after);
    // b's title changed too, so only a row-for-row match of a renames the column.
    expect(diff.columnsRenamed).toEqual([]);
    expect([diff.columnsRemoved, diff.columnsAdded]).toEqual([["title"], ["headline"]]);
    const renamed = diffTable("events.csv", before, csv("id,headline,notes", "a,First,x", "b,Second,z"));
    expect(renamed.columnsRenamed).toEqual([{ from: "title", to: "headline" }]);
    expect([renamed.columnsRemoved, renamed.columnsAdded]).toEqual([[], []]);
    expect(renamed.changed).toEqual([
      { id: "b", line: 3, cells: [{ column: "notes", before: "y", after: "z" }] },
    ]);
  });

  it("reports a column added or removed once for the table, not as a change of every row", () => {
    const diff = diffTable(
      "events.csv",
      csv("id,title", "a,First"),
      csv("id,title,status", "a,First,reported"),
    );
    expect(diff.columnsAdded).toEqual(["status"]);
    expect(diff.changed).toEqual([]);
    expect(tableChanged(diff)).toBe(true);
  });

  it("compares quoted cells that hold line breaks, commas and quotes as the reader reads them", () => {
    const before = csv("id,text", 'a,"one line, then ""a quote""', 'second line"', "b,plain");
    const after = csv("id,text", 'a,"one line, then ""a quote""', 'second line, edited"', "b,plain");
    const diff = diffTable("statements.csv", before, after);
    expect(diff.changed).toEqual([
      {
        id: "a",
        line: 2,
        cells: [
          {
            column: "text",
            before: 'one line, then "a quote"\nsecond line',
            after: 'one line, then "a quote"\nsecond line, edited',
          },
        ],
      },
    ]);
    // The row after the two-line cell starts on line 4 in both versions: unchanged.
    expect(diff.added).toEqual([]);
  });

  it("gives a row's line in the version that has it: now for added and changed, before for removed", () => {
    const before = csv("id,text", 'a,"two\nlines"', "b,x");
    const after = csv("id,text", "c,new", "b,y");
    const diff = diffTable("statements.csv", before, after);
    expect(diff.removed).toEqual([{ id: "a", line: 2 }]);
    expect(diff.added).toEqual([{ id: "c", line: 2 }]);
    expect(diff.changed.map((r) => [r.id, r.line])).toEqual([["b", 3]]);
  });

  it("matches rows sharing an id in file order and names the id as duplicate", () => {
    const before = csv("id,title", "a,One", "a,Two");
    const after = csv("id,title", "a,One", "a,Two (edited)", "a,Three");
    const diff = diffTable("events.csv", before, after);
    expect(diff.duplicateIds).toEqual(["a"]);
    expect(diff.changed).toEqual([
      { id: "a", line: 3, cells: [{ column: "title", before: "Two", after: "Two (edited)" }] },
    ]);
    expect(diff.added).toEqual([{ id: "a", line: 4 }]);
  });

  it("matches rows without an id by their whole content", () => {
    const before = csv("id,title", ",Kept", ",Dropped");
    const after = csv("id,title", ",Kept", ",Written");
    const diff = diffTable("events.csv", before, after);
    expect(diff.removed).toEqual([{ id: "", line: 3 }]);
    expect(diff.added).toEqual([{ id: "", line: 3 }]);
    expect(diff.changed).toEqual([]);
  });

  it("treats a table that did not exist as every row added, and one that is gone as every row removed", () => {
    const table = csv("id,title", "a,One", "b,Two");
    expect(diffTable("figures.csv", undefined, table).added.map((r) => r.id)).toEqual(["a", "b"]);
    const gone = diffTable("figures.csv", table, undefined);
    expect(gone.removed.map((r) => r.id)).toEqual(["a", "b"]);
    expect(gone.columnsRemoved).toEqual([]);
  });

  it("reports a version it cannot read as CSV instead of comparing it", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0x0a, 0x00]);
    const diff = diffTable("events.csv", utf16, csv("id", "a"));
    expect(diff.unreadable).toEqual({
      version: "before",
      problem: expect.stringMatching(/^events\.csv:1:1 .*UTF-16/),
    });
    expect(diff.added).toEqual([]);
    expect(tableChanged(diff)).toBe(true);
  });
});
