import { describe, expect, it } from "vitest";
import { buildWaffleChart, formatRatio, plan, roundNumber } from "../../../../loaders/charts/scale/waffle.ts";
import { evidenceOf, figure, total } from "./evidence.ts";

const installers = total("installers", 270_000, {
  subject: "People who installed the app",
  estimate: undefined,
});
const affected = total("affected", 87_000_000);

describe("roundNumber(value)", () => {
  it("keeps two significant digits", () => {
    expect(roundNumber(270_000)).toBe(270_000);
    expect(roundNumber(311_127)).toBe(310_000);
    expect(roundNumber(7)).toBe(7);
  });
});

describe("plan(small, big)", () => {
  it("makes one square the smaller number and counts the squares of the larger", () => {
    const p = plan(figure(installers), figure(affected));
    expect(p).toMatchObject({ perSquare: 270_000, smallSquares: 1, bigSquares: 322 });
    expect(p.ratio).toBeCloseTo(322.2, 1);
  });
  it("lets a square stand for more when the larger number would need over 1,000 squares", () => {
    const p = plan(figure(total("s", 1_000)), figure(total("b", 87_000_000)));
    expect(p.bigSquares).toBeLessThanOrEqual(1_000);
    expect(p.smallSquares).toBe(1);
  });
});

describe("formatRatio(ratio)", () => {
  it("rounds large ratios to whole numbers and small ones to a decimal", () => {
    expect(formatRatio(322.2)).toBe("about 322 times");
    expect(formatRatio(3.24)).toBe("about 3.2 times");
  });
});

describe("buildWaffleChart(evidence)", () => {
  it("sets the smaller total against the headline, one square per 270,000 people", async () => {
    const chart = await buildWaffleChart(evidenceOf([installers, affected]));
    expect(chart.title).toBe("270,000 against 87 million: one square is 270,000 people");
    expect(chart.takeaway).toBe("87 million people are about 322 times as many as 270,000 people.");
    expect(chart.rows.map((r) => [r.compared, r.squares])).toEqual([
      ["smaller", 1],
      ["headline", 322],
    ]);
  });
  it("draws one square per counted unit", async () => {
    const chart = await buildWaffleChart(evidenceOf([installers, affected]));
    expect(chart.svg.match(/<path /g)?.length).toBeGreaterThanOrEqual(323);
  });
  it("never sets numbers in different units against each other", async () => {
    const accounts = total("accounts", 2_500_000, { subject: "Accounts linked", unit: "accounts" });
    const chart = await buildWaffleChart(evidenceOf([accounts, affected]));
    expect(chart.empty).toBe(true);
  });
  it("is empty, with a clear takeaway, without two totals in one unit", async () => {
    const chart = await buildWaffleChart(evidenceOf([affected]));
    expect(chart.empty).toBe(true);
    expect(chart.takeaway).toMatch(/needs two totals in the same unit/);
  });
});
