import { describe, expect, it } from "vitest";
import {
  buildBreakdownChart,
  remainderLabel,
  shownParts,
} from "../../../../loaders/charts/scale/breakdown.ts";
import { inlineSvg } from "../../../../loaders/render/figure.ts";
import { inSiteLocale } from "../../../../loaders/site/locale.ts";
import { country, evidenceOf, total } from "./evidence.ts";

const base = [
  total("users-total", 100_000_000),
  country("United States", 70_000_000),
  country("Canada", 600_000),
];

describe("buildBreakdownChart(evidence)", () => {
  it("charts the parts ranked, the computed remainder and the stated total", async () => {
    const chart = await buildBreakdownChart(evidenceOf(base));
    expect(chart.empty).toBe(false);
    expect(chart.rows.map((r) => [r.kind, r.group, r.value])).toEqual([
      ["part", "United States", 70_000_000],
      ["part", "Canada", 600_000],
      ["remainder", "Rest of the world, computed", 29_400_000],
      ["total", "Total", 100_000_000],
    ]);
    expect(chart.title).toBe("Users affected, by country");
  });
  it("writes reader-friendly numbers and shares in the labels", async () => {
    const chart = await buildBreakdownChart(evidenceOf(base));
    expect(chart.description).toContain("United States: 70 million · 70%");
    expect(chart.description).toContain("Rest of the world, computed: 29.4 million · 29%");
    expect(chart.svg).toContain("United States: 70 million · 70%");
  });
  it("computes its takeaway from the data", async () => {
    const chart = await buildBreakdownChart(evidenceOf(base));
    expect(chart.takeaway).toBe(
      "United States: 70 million of 100 million (70%). The 2 parts listed by country add up to 70.6 million; the other 29.4 million are not broken down.",
    );
  });
  it("changes when a figure row is added: one more bar, a smaller remainder", async () => {
    const before = await buildBreakdownChart(evidenceOf(base));
    const after = await buildBreakdownChart(evidenceOf([...base, country("Brazil", 400_000)]));
    expect(after.rows).toHaveLength(before.rows.length + 1);
    expect(after.rows.find((r) => r.kind === "remainder")?.value).toBe(29_000_000);
  });
  it("says the figures do not reconcile when the parts exceed the total, and shows no remainder", async () => {
    const chart = await buildBreakdownChart(
      evidenceOf([total("t", 1_000_000), country("A", 800_000), country("B", 400_000)]),
    );
    expect(chart.rows.map((r) => r.kind)).toEqual(["part", "part", "total"]);
    expect(chart.takeaway).toContain("more than the stated total: the figures do not reconcile");
  });
  it("charts parts without a total and says there is none to reconcile with", async () => {
    const chart = await buildBreakdownChart(evidenceOf([country("A", 5), country("B", 3)]));
    expect(chart.rows.map((r) => r.kind)).toEqual(["part", "part"]);
    expect(chart.takeaway).toContain("the evidence states no total");
  });
  it(`adds up parts beyond the first ${shownParts} into one bar`, async () => {
    const many = Array.from({ length: shownParts + 2 }, (_, i) =>
      country(`C${String(i).padStart(2, "0")}`, 100 - i),
    );
    const chart = await buildBreakdownChart(evidenceOf(many));
    expect(chart.rows.filter((r) => r.kind === "part")).toHaveLength(shownParts);
    expect(chart.rows.at(-1)).toMatchObject({ kind: "other-listed", value: 90 + 89 });
  });
  it("builds its source line from the figures' sources", async () => {
    const chart = await buildBreakdownChart(
      evidenceOf([total("t", 10, { sources: ["facebook"] }), country("A", 5, { sources: ["reuters"] })]),
    );
    expect(chart.sourceLine).toBe("Sources: Facebook, Reuters.");
    expect(chart.sources).toEqual(["facebook", "reuters"]);
  });
  it("is empty, with a clear takeaway, when no figure is broken down", async () => {
    const chart = await buildBreakdownChart(evidenceOf([total("t", 10)]));
    expect(chart.empty).toBe(true);
    expect(chart.svg).toBe("");
    expect(chart.takeaway).toMatch(/no figures broken down/);
  });
});

describe("buildBreakdownChart(evidence): labels are never cut", () => {
  const textOf = (svg: string) =>
    [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
      [...(m[1] ?? "").matchAll(/<tspan[^>]*\/>|<tspan[^>]*>([^<]*)<\/tspan>|^([^<]+)$/g)].map(
        (l) => l[1] ?? l[2] ?? "",
      ),
    );

  it("draws the German total's label in full, where vega's own limit cut it", async () => {
    const evidence = evidenceOf([total("t", 87_000_000), country("United States", 70_600_000)]);
    const chart = await inSiteLocale("de-DE", () => buildBreakdownChart(evidence));
    const label = "Gesamt, offiziell (4. Apr. 2018): 87 Millionen people";
    expect(textOf(chart.svg)).toContainEqual([label]);
    expect(chart.svg).not.toContain("…");
    expect(JSON.stringify(chart.spec)).not.toContain('"limit"');
  });

  it("wraps a label wider than the chart onto a second line, every word kept, above its bar", async () => {
    const group = "Customers of the regional savings banks in the northern provinces";
    const chart = await buildBreakdownChart(evidenceOf([country(group, 5), country("Short", 3)]));
    const lines = textOf(chart.svg);
    expect(lines).toHaveLength(2);
    const [long, short] = lines;
    expect(long).toHaveLength(2);
    expect(long?.join(" ")).toBe(`${group}: 5`);
    // The short label stands just above its bar: an empty line first.
    expect(short).toEqual(["", "Short: 3"]);
  });

  it("keeps a line break typed in the data, each line whole with what was typed at its start", async () => {
    const chart = await buildBreakdownChart(evidenceOf([country("North\n> South", 5)]));
    expect(textOf(chart.svg)).toEqual([["North", "&gt; South: 5"]]);
  });
});

describe("buildBreakdownChart(evidence) with hostile text", () => {
  it("keeps markup and ${…} from the data as text in the inlined SVG", async () => {
    const hostile = "<script>alert(1)</script> ${x}";
    const chart = await buildBreakdownChart(evidenceOf([country(hostile, 5)]));
    const svg = inlineSvg(chart.svg);
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("${");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &#36;{x}: 5");
  });
});

describe("remainderLabel(scope)", () => {
  it("names the remainder after the scope", () => {
    expect(remainderLabel("country")).toBe("Rest of the world, computed");
    expect(remainderLabel("bank")).toBe("Rest, computed");
    expect(inSiteLocale("de-DE", () => remainderLabel("country"))).toBe("Übrige Welt, berechnet");
  });
});
