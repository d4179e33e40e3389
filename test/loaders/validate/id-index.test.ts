import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdIndex } from "../../../loaders/validate/id-index.ts";

describe("IdIndex", () => {
  it("numbers ids in the order they are added and finds each one", () => {
    const index = new IdIndex();
    expect(index.add("wells-fargo")).toBe(-1);
    expect(index.add("citigroup")).toBe(-1);
    expect(index.keys).toEqual(["wells-fargo", "citigroup"]);
    expect(index.find("citigroup")).toBe(1);
    expect(index.find("wells-fargo")).toBe(0);
    expect(index.find("chase")).toBe(-1);
  });

  it("returns the first number for an id added again, and keeps one copy", () => {
    const index = new IdIndex();
    index.add("a");
    index.add("b");
    expect(index.add("a")).toBe(0);
    expect(index.size).toBe(2);
  });

  it("finds an id where it stands in a longer text, without matching a prefix or a longer id", () => {
    const index = new IdIndex();
    index.add("source-1");
    index.add("source-12");
    const cell = "x;source-12; source-1 ;source-123";
    expect(index.find(cell, 2, 11)).toBe(1);
    expect(index.find(cell, 13, 21)).toBe(0);
    expect(index.find(cell, 23, 33)).toBe(-1);
    expect(index.find(cell, 2, 9)).toBe(-1);
    expect(index.find("", 0, 0)).toBe(-1);
  });

  it("keeps every id findable as it grows past many resizes", () => {
    const index = new IdIndex();
    const n = 20_000;
    for (let i = 0; i < n; i++) expect(index.add(`event-${i}`)).toBe(-1);
    for (let i = 0; i < n; i++) expect(index.find(`event-${i}`)).toBe(i);
    expect(index.find(`event-${n}`)).toBe(-1);
    expect(index.add("event-777")).toBe(777);
  });

  it("agrees with a Map on any strings, non-ASCII included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme" }), { maxLength: 200 }),
        fc.string(),
        (ids, other) => {
          const index = new IdIndex();
          const map = new Map<string, number>();
          for (const id of ids) {
            const first = index.add(id);
            expect(first).toBe(map.get(id) ?? -1);
            if (!map.has(id)) map.set(id, map.size);
          }
          for (const [id, n] of map) expect(index.find(`;${id};`, 1, id.length + 1)).toBe(n);
          expect(index.find(other)).toBe(map.get(other) ?? -1);
        },
      ),
    );
  });
});
