import { describe, expect, it } from "vitest";
import { reorderedTable } from "../../../loaders/events/reordered.ts";
import { eventTable } from "../../../loaders/events/rows-table.ts";
import { tableIds, tableRows } from "../../../loaders/events/table-rows.ts";
import { date, event } from "../compile/rows.ts";
import { evidenceFrom } from "../evidence-from.ts";

const rows = [
  event("a", { date: date("2018") }),
  event("c", { date: date("2017-05") }),
  event("b", { date: date("2019-01-02") }),
];

describe("eventTable(rows)", () => {
  const table = eventTable(rows);
  it("answers for each row in the order given, making nothing new", () => {
    expect(table.length).toBe(3);
    expect([0, 1, 2].map((r) => table.id(r))).toEqual(["a", "c", "b"]);
    expect(table.date(1)).toBe(rows[1]?.date);
    expect(table.row(2)).toBe(rows[2]);
    expect(table.rows()).toBe(rows);
  });
  it("says whether ids ascend", () => {
    expect(table.inIdOrder()).toBe(false);
    expect(eventTable([event("a"), event("a"), event("b")]).inIdOrder()).toBe(true);
    expect(eventTable([]).inIdOrder()).toBe(true);
  });
  it("is written by JSON.stringify as the array of its rows", () => {
    expect(JSON.stringify({ events: table })).toBe(JSON.stringify({ events: rows }));
  });
});

describe("reorderedTable(table, order)", () => {
  const table = eventTable(rows);
  const view = reorderedTable(table, Int32Array.of(0, 2, 1));
  it("gives row order[i] of the table as its row i", () => {
    expect(view.length).toBe(3);
    expect([0, 1, 2].map((r) => view.id(r))).toEqual(["a", "b", "c"]);
    expect(view.date(2)).toBe(rows[1]?.date);
    expect(view.row(1)).toBe(rows[2]);
    expect(view.rows().map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(view.inIdOrder()).toBe(true);
    expect(JSON.stringify(view)).toBe(JSON.stringify([rows[0], rows[2], rows[1]]));
  });
  it("reorders a reordered table as one order over the first table", () => {
    const again = view.reordered(Int32Array.of(2, 1, 0));
    expect([0, 1, 2].map((r) => again.id(r))).toEqual(["c", "b", "a"]);
    expect(table.reordered(Int32Array.of(1)).rows()).toEqual([rows[1]]);
  });
  it("refuses a row outside its order rather than answering for another", () => {
    expect(() => view.id(3)).toThrow(RangeError);
    expect(() => view.row(-1)).toThrow(RangeError);
  });
});

describe("tableRows(evidence, name) and tableIds(evidence, name)", () => {
  const evidence = evidenceFrom({ events: rows, annotations: [] });
  it("read the events and any other table alike", () => {
    expect(tableRows(evidence, "events")).toBe(rows);
    expect(tableIds(evidence, "events")).toEqual(["a", "c", "b"]);
    expect(tableRows(evidence, "figures")).toEqual([]);
    expect(tableIds(evidence, "sources")).toEqual([]);
  });
});
