import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../loaders/closest.ts";

describe("editDistance(a, b, limit)", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("gives up above the limit, returning limit + 1", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("closest(value, candidates)", () => {
  const ids = ["jpmorgan-chase", "wells-fargo", "citigroup", "us-bancorp"];

  it("suggests the id a typo was meant to be", () => {
    expect(closest("wells-fargp", ids)).toBe("wells-fargo");
    expect(closest("citigropu", ids)).toBe("citigroup");
  });

  it("suggests a case-insensitive match first", () => {
    expect(closest("Reported", ["reported", "reporter"])).toBe("reported");
  });

  it("suggests an id that starts with the value and a hyphen", () => {
    expect(closest("jpmorgan", ids)).toBe("jpmorgan-chase");
  });

  it("suggests nothing when every candidate is far", () => {
    expect(closest("facebook", ids)).toBeUndefined();
    expect(closest("x", [])).toBeUndefined();
  });

  it("breaks ties the same way every time (alphabetically)", () => {
    expect(closest("ab", ["ac", "aa"])).toBe("aa");
  });
});
