import { describe, expect, it } from "vitest";
import { describeDiscrepancy } from "../../../../loaders/charts/scale/discrepancies.ts";
import { compileFigures } from "../../../../loaders/compile/figures.ts";
import { country, evidenceOf, type FigureInput, total } from "./evidence.ts";

function notes(figures: FigureInput[]) {
  const evidence = evidenceOf(figures);
  return compileFigures(evidence.figures).discrepancies.map((d) => describeDiscrepancy(d, evidence));
}

describe("describeDiscrepancy(discrepancy, evidence)", () => {
  it("says how far listed parts fall short of the total and that the remainder is computed", () => {
    const [note] = notes([total("t", 100, { sources: ["facebook"] }), country("A", 60)]);
    expect(note?.text).toBe(
      "The one part listed by country for “Users affected” adds up to 60 people, 40 people less than the stated total of 100 people (official, Apr 4, 2018; Facebook). The difference is computed here (total − listed parts), not reported by a source.",
    );
    expect(note?.sources).toEqual(["facebook", "gazette"]);
  });
  it("says parts that exceed the total cannot both be right", () => {
    const [note] = notes([total("t", 100), country("A", 60), country("B", 60)]);
    expect(note?.text).toContain("20 people more than the stated total");
    expect(note?.text).toContain("cannot both be right");
  });
  it("cites both sides, with their notes, when sources disagree", () => {
    const [note] = notes([
      total("a", 87_000_000, { sources: ["facebook"] }),
      total("b", 30_000_000, { estimate: "reported", sources: ["herald"], notes: "The firm's own claim." }),
    ]);
    expect(note?.text).toBe(
      "Sources disagree on “Users affected” as of Apr 4, 2018: 87 million people (official, Apr 4, 2018; Facebook); against 30 million people (reported, Apr 4, 2018; Herald) — The firm's own claim. Both are shown; neither is averaged away.",
    );
  });
  it("says figures in two currencies are never added", () => {
    const [note] = notes([
      { id: "ico", subject: "Penalties", scope: "entity", group: "ICO", value: 1, unit: "GBP" },
      { id: "ftc", subject: "Penalties", scope: "entity", group: "FTC", value: 2, unit: "USD" },
    ]);
    expect(note?.text).toBe(
      "“Penalties” is given in GBP and USD: these are never added together or drawn on one scale.",
    );
  });
});
