// The shipped investigation after its evidence review: things a reader would be misled by if they
// came back (a placeholder read as a title, a fragment read as its opposite).
import { describe, expect, it } from "vitest";
import { loadEvidence } from "../../loaders/evidence.ts";

const evidence = loadEvidence("data");

describe('loadEvidence("data") after the evidence review', () => {
  it("has no placeholder title: a source without a recorded title leaves the cell empty", () => {
    const placeholders = evidence.sources.filter((s) => /^\[|not recorded/i.test(s.title ?? ""));
    expect(placeholders.map((s) => s.id)).toEqual([]);
  });

  it("sets the reporter's words before a fragment that alone reads as its opposite (facts.md T09)", () => {
    const wexler = evidence.statements.find((s) => s.text.startsWith("sharing our customers'"));
    expect(wexler?.context).toBe("the bank is not");
  });
});
