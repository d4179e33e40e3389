import { describe, expect, it } from "vitest";
import { buildEstimatesChart } from "../../../../loaders/charts/scale/estimates.ts";
import { evidenceOf, total } from "./evidence.ts";

const estimates = [
  total("ca-87m", 87_000_000, { sources: ["facebook"] }),
  total("ca-50m", 50_000_000, { asOf: "2018-03-17", estimate: "initial", sources: ["guardian"] }),
  total("ca-30m", 30_000_000, { estimate: "reported", sources: ["herald"], notes: "The firm's own claim." }),
];

describe("buildEstimatesChart(evidence)", () => {
  it("shows every stated total oldest first, each dated, with its kind of estimate", async () => {
    const chart = await buildEstimatesChart(evidenceOf(estimates));
    expect(chart.rows.map((r) => [r.as_of, r.value, r.estimate])).toEqual([
      ["2018-03-17", 50_000_000, "initial"],
      ["2018-04-04", 87_000_000, "official"],
      ["2018-04-04", 30_000_000, "reported"],
    ]);
    expect(chart.svg).toContain("50 million · Mar 17, 2018 · initial");
  });
  it("says how the estimate changed and who disagreed on the same date", async () => {
    const chart = await buildEstimatesChart(evidenceOf(estimates));
    expect(chart.takeaway).toBe(
      "From 50 million (Mar 17, 2018, Guardian) to the official 87 million (Apr 4, 2018, Facebook); on the same date Herald gave 30 million.",
    );
  });
  it("keeps each estimate's notes in its table", async () => {
    const chart = await buildEstimatesChart(evidenceOf(estimates));
    expect(chart.table.rows.at(-1)).toEqual([
      "Apr 4, 2018",
      "30,000,000",
      "reported",
      "Herald",
      "The firm's own claim.",
    ]);
  });
  it("is empty, with a clear takeaway, when no subject has two estimates", async () => {
    const chart = await buildEstimatesChart(evidenceOf([total("only", 5)]));
    expect(chart.empty).toBe(true);
    expect(chart.takeaway).toMatch(/no subject with more than one stated total/);
  });
});
