import { describe, expect, it } from "vitest";
import { groupResults, shortTitle } from "../../src/components/search.ts";

describe("shortTitle(title)", () => {
  it("shows the first twenty words of a long title, marked as cut, and a short one whole", () => {
    const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ");
    expect(shortTitle(long)).toBe(`${long.split(" ").slice(0, 20).join(" ")} …`);
    expect(shortTitle("A  short\ntitle")).toBe("A short title");
  });
});

describe("groupResults(results)", () => {
  it("groups by table, the table of the best match first, each group in match order", () => {
    const r = (id: string, table: string) => ({
      id,
      table,
      title: id,
      when: "",
      href: `/#${id}`,
      score: 1,
      terms: [],
      queryTerms: [],
      match: {},
    });
    const groups = groupResults([r("s1", "sources"), r("e1", "events"), r("s2", "sources")]);
    expect(groups.map(([table, found]) => [table, found.map((f) => f.id)])).toEqual([
      ["sources", ["s1", "s2"]],
      ["events", ["e1"]],
    ]);
  });
});
