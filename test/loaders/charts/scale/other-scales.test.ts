import { describe, expect, it } from "vitest";
import { moneyChart, otherCountsChart, panelLayout } from "../../../../loaders/charts/scale/other-scales.ts";
import { entityPanels } from "../../../../loaders/charts/scale/select.ts";
import { country, evidenceOf, type FigureInput, total } from "./evidence.ts";

const entity = (
  id: string,
  subject: string,
  group: string,
  value: number,
  unit: string,
  asOf: string,
): FigureInput => ({
  id,
  subject,
  scope: "entity",
  group,
  value,
  unit,
  asOf,
});

const figures = [
  total("users-total", 87_000_000),
  country("A", 1),
  entity("ico", "Penalties", "ICO (UK)", 500_000, "GBP", "2018-10-24"),
  entity("ftc", "Penalties", "FTC (US)", 5e9, "USD", "2019-07-24"),
  entity("sec", "Penalties", "SEC (US)", 1e8, "USD", "2019-07-24"),
  entity("assets", "Bank total assets", "JPMorgan Chase", 2.6e12, "USD", "2018-12-31"),
  entity("digital", "Active digital customers", "JPMorgan Chase", 52_400_000, "customers", "2019-12-31"),
];

describe("moneyChart.build(evidence)", () => {
  it("keeps each currency in its own panel: GBP and USD are never on one scale", async () => {
    const chart = await moneyChart.build(evidenceOf(figures));
    expect(chart.rows.map((r) => [r.subject, r.unit, r.group])).toEqual([
      ["Penalties", "GBP", "ICO (UK)"],
      ["Penalties", "USD", "FTC (US)"],
      ["Penalties", "USD", "SEC (US)"],
      ["Bank total assets", "USD", "JPMorgan Chase"],
    ]);
    expect(chart.takeaway).toBe(
      "In GBP: £500,000 (ICO (UK)). In USD: from $100 million (SEC (US)) to $2.6 trillion (JPMorgan Chase). Each unit has its own scale; GBP and USD are never added or compared on one axis.",
    );
  });
  it("shows each figure with its own as-of date", async () => {
    const chart = await moneyChart.build(evidenceOf(figures));
    expect(chart.svg).toContain("ICO (UK) · Oct 24, 2018: £500,000");
    expect(chart.svg).toContain("JPMorgan Chase · Dec 31, 2018: $2.6 trillion");
  });
});

describe("otherCountsChart.build(evidence)", () => {
  it("leads with the headline total, then counts about organisations, without money", async () => {
    const chart = await otherCountsChart.build(evidenceOf(figures));
    expect(chart.rows.map((r) => [r.unit, r.value])).toEqual([
      ["people", 87_000_000],
      ["customers", 52_400_000],
    ]);
  });
  it("is empty, with a clear takeaway, without entity figures", async () => {
    const chart = await otherCountsChart.build(evidenceOf([total("t", 5)]));
    expect(chart.empty).toBe(true);
    expect(chart.takeaway).toMatch(/no counts about named organisations/);
  });
});

describe("panelLayout(panels)", () => {
  it("scales bars within a unit to that unit's largest figure", () => {
    const panels = entityPanels(evidenceOf(figures), (unit) => unit === "USD" || unit === "GBP");
    const bars = panelLayout(panels).rows.filter((r) => r.role === "bar");
    expect(bars.map((b) => (b.role === "bar" ? [b.key, b.fraction] : []))).toEqual([
      ["ico", 1],
      ["ftc", 5e9 / 2.6e12],
      ["sec", 1e8 / 2.6e12],
      ["assets", 1],
    ]);
  });
  it("places every row below the previous one", () => {
    const panels = entityPanels(evidenceOf(figures), () => true);
    const ys = panelLayout(panels)
      .rows.filter((r) => r.role !== "bar")
      .map((r) => r.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });
});
