import { describe, expect, it } from "vitest";
import { cellExcerpts } from "../../../loaders/history/excerpt.ts";

describe("cellExcerpts(before, after)", () => {
  it("keeps short values whole and shows line breaks as ⏎", () => {
    expect(cellExcerpts("one\ntwo", "one\r\nthree")).toEqual(["one⏎two", "one⏎three"]);
  });

  it("cuts long values to the stretch around their first difference, marking what was left out", () => {
    const start = "A long cell that stays the same for quite a while, ";
    const [old, now] = cellExcerpts(
      `${start}then says one thing.${" More.".repeat(20)}`,
      `${start}then says another.`,
      40,
    );
    expect(old).toBe("…uite a while, then says one thing. More.…");
    expect(now).toBe("…uite a while, then says another.");
  });

  it("never cuts an emoji in half", () => {
    const before = `${"x".repeat(23)}🙂${"x".repeat(23)}${"y".repeat(100)}`;
    const after = `${"x".repeat(23)}🙂${"x".repeat(23)}${"z".repeat(100)}`;
    const [old] = cellExcerpts(before, after, 10);
    expect(old.startsWith("…🙂")).toBe(true);
  });
});
