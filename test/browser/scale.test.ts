// The scale page in Chromium: every chart is an SVG with one mark per row of its data table,
// the table lists the numbers the chart shows, the colours hold up in dark mode, the page reads
// without JavaScript, fits a phone, prints its tables, and loads vega only when asked.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { scaleCharts } from "../../loaders/charts/scale/index.ts";
import type { BuiltChart } from "../../loaders/charts/types.ts";
import { compileFigures } from "../../loaders/compile/figures.ts";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";
import { formatCount } from "../../loaders/format/number.ts";
import { labelBoxProblems } from "./label-boxes.ts";
import { serveSite } from "./served-site.ts";
import { shippedSite } from "./shipped-site.ts";
import type { ProbeOptions } from "./site.ts";

const siteDir = await shippedSite();
// What the page should show, built from the same evidence the site was built from.
const evidence = loadEvidence(dataDir());
const expected: BuiltChart[] = [];
beforeAll(async () => {
  for (const definition of scaleCharts) expected.push(await definition.build(evidence));
});
const site = serveSite(siteDir);

interface ChartOnPage {
  id: string;
  marks: number;
  /** Index of the first numeric column: the exact value. */
  valueColumn: number;
  rows: string[][];
  svgText: string;
  label: string;
}

/** Each chart figure: its SVG's mark count and text, and its data table. */
async function chartsOn(page: Page): Promise<ChartOnPage[]> {
  return page.$$eval("figure.chart[data-chart]", (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector(".chart-image svg");
      return {
        id: figure.getAttribute("data-chart") ?? "",
        marks: svg?.querySelectorAll("g.mark-rect path").length ?? 0,
        valueColumn: [...figure.querySelectorAll("table.data thead th")].findIndex((th) =>
          th.classList.contains("number"),
        ),
        rows: [...figure.querySelectorAll("table.data tbody tr")].map((tr) =>
          [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
        ),
        svgText: [...(svg?.querySelectorAll("text") ?? [])].map((t) => t.textContent ?? "").join("\n"),
        label: figure.querySelector(".chart-image")?.getAttribute("aria-label") ?? "",
      };
    }),
  );
}

function openScale(options: ProbeOptions = {}) {
  return site.open("/scale", options);
}

/** Relative luminance of an "rgb(r, g, b)" colour (WCAG 2). */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("/scale", () => {
  it("shows every scale chart the registry builds from the evidence, in registry order", async () => {
    const probe = await openScale();
    const ids = (await chartsOn(probe.page)).map((c) => c.id);
    await probe.close();
    expect(ids).toEqual(expected.filter((c) => !c.empty).map((c) => c.id));
    expect(ids).toHaveLength(5);
  });

  it("draws one bar per data row of each bar chart, as many as its table lists", async () => {
    const probe = await openScale();
    const charts = (await chartsOn(probe.page)).filter((c) => c.id !== "scale-waffle");
    await probe.close();
    for (const chart of charts) {
      const rows = expected.find((c) => c.id === chart.id)?.rows ?? [];
      expect(rows.length, chart.id).toBeGreaterThan(0);
      expect(chart.marks, chart.id).toBe(rows.length);
      expect(chart.rows.length, chart.id).toBe(rows.length);
    }
  });

  it("draws the waffle with one square per counted unit, as its table counts", async () => {
    const probe = await openScale();
    const waffle = (await chartsOn(probe.page)).find((c) => c.id === "scale-waffle");
    await probe.close();
    const squares = (expected.find((c) => c.id === "scale-waffle")?.rows ?? []).map((r) => Number(r.squares));
    expect(waffle?.marks).toBe(squares.reduce((a, b) => a + b, 0));
    expect(waffle?.rows.map((row) => Number(row[2]))).toEqual(squares);
  });

  it("lists in each table the same numbers the chart shows, exact where the chart rounds", async () => {
    const probe = await openScale();
    const charts = await chartsOn(probe.page);
    await probe.close();
    for (const chart of charts) {
      expect(chart.valueColumn, chart.id).toBeGreaterThanOrEqual(0);
      for (const row of chart.rows) {
        const exact = Number((row[chart.valueColumn] ?? "").replace(/,/g, ""));
        expect(Number.isFinite(exact), `${chart.id}: ${row.join(" | ")}`).toBe(true);
        expect(chart.svgText, `${chart.id} shows ${exact}`).toContain(formatCount(exact));
        expect(chart.label, `${chart.id} describes ${exact}`).toContain(formatCount(exact));
      }
    }
  });

  it("names the remainder as computed and shows the stated total", async () => {
    const probe = await openScale();
    const breakdown = (await chartsOn(probe.page)).find((c) => c.id === "scale-breakdown");
    await probe.close();
    const remainder = expected[0]?.rows.find((r) => r.kind === "remainder");
    expect(breakdown?.svgText).toContain(
      `Rest of the world, computed: ${formatCount(Number(remainder?.value))}`,
    );
    expect(breakdown?.svgText).toMatch(/^Total, official \(.+\): [\d.]+ million people$/m);
  });

  it("lists every discrepancy the figures compiler finds, each with its sources", async () => {
    const probe = await openScale();
    const items = await probe.page.$$eval("ul.discrepancies li", (lis) =>
      lis.map((li) => ({ kind: li.getAttribute("data-discrepancy"), text: li.textContent ?? "" })),
    );
    await probe.close();
    const found = compileFigures(evidence.figures).discrepancies.map((d) => d.kind);
    expect(items.map((i) => i.kind)).toEqual(found);
    expect(found).toEqual(expect.arrayContaining(["parts-below-total", "sources-disagree", "mixed-units"]));
    for (const item of items) expect(item.text).toMatch(/Sources?: .+\.$/);
  });

  it("renders in dark mode: chart text takes the light theme colour and bars keep 3:1 contrast", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const probe = await openScale({ colorScheme });
      const colours = await probe.page.evaluate(() => {
        const opaque = (c: string) => c !== "" && c !== "transparent" && !c.startsWith("rgba(0, 0, 0, 0)");
        const background =
          [document.body, document.documentElement]
            .map((e) => getComputedStyle(e).backgroundColor)
            .find(opaque) ?? "rgb(255, 255, 255)";
        const text = document.querySelector(".chart-image svg text");
        const bars = [...document.querySelectorAll(".chart-image svg g.mark-rect path")]
          .map((p) => getComputedStyle(p).fill)
          .filter((fill) => fill.startsWith("rgb(") && !fill.startsWith("rgba"));
        return { background, text: text ? getComputedStyle(text).fill : "", bars: [...new Set(bars)] };
      });
      await probe.close();
      expect(contrast(colours.text, colours.background), `${colorScheme} text`).toBeGreaterThanOrEqual(4.5);
      expect(colours.bars.length).toBeGreaterThan(1);
      for (const bar of colours.bars)
        expect(contrast(bar, colours.background), `${colorScheme} ${bar}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("reads without JavaScript: every chart and table is in the HTML, the explore buttons stay hidden", async () => {
    const probe = await openScale({ javaScriptEnabled: false });
    const charts = await chartsOn(probe.page);
    const visibleButtons = await probe.page.locator("button.explore-chart:visible").count();
    await probe.close();
    expect(charts).toHaveLength(5);
    for (const chart of charts) expect(chart.marks, chart.id).toBeGreaterThan(0);
    expect(visibleButtons).toBe(0);
  });

  it("fits a 375 px phone: no sideways scrolling and every chart within its column", async () => {
    const probe = await openScale({ width: 375 });
    const fit = await probe.page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      charts: [...document.querySelectorAll(".chart-image")].map((div) => {
        const svg = div.querySelector("svg")?.getBoundingClientRect();
        return { svg: svg?.width ?? 0, column: div.getBoundingClientRect().width };
      }),
    }));
    await probe.close();
    expect(fit.overflow).toBe(0);
    for (const { svg, column } of fit.charts) {
      expect(svg).toBeGreaterThan(0);
      expect(svg).toBeLessThanOrEqual(column + 0.5);
    }
  });

  // Sampled (two widths, with JavaScript): the placer's guarantees are unit-tested over
  // generated charts; this checks what a reader sees of the shipped ones.
  it("labels the annotated figures, no label on another and none outside its chart, at 320 and 1280 px", async () => {
    const annotated = expected.flatMap((c) => (c.annotations ?? []).filter((n) => n.drawn));
    expect(annotated.length).toBeGreaterThan(0);
    for (const width of [320, 1280]) {
      const probe = await openScale({ width });
      const { labels, problems } = await labelBoxProblems(probe.page, "#observablehq-main");
      const notes = await probe.page.$$eval(".chart ul.chart-notes li .chart-note-label", (els) =>
        els.map((el) => el.textContent),
      );
      await probe.close();
      expect(problems, `${width} px`).toEqual([]);
      expect(labels, `${width} px`).toBe(annotated.length);
      // Every annotation is in the text under its chart too, drawn or not.
      expect(notes).toEqual(expected.flatMap((c) => (c.annotations ?? []).map((n) => n.annotation.label)));
    }
  });

  it("prints with the charts' labels and the data tables open", async () => {
    const probe = await openScale();
    await probe.page.emulateMedia({ media: "print" });
    const printed = await probe.page.evaluate(() => ({
      tablesShown: [...document.querySelectorAll("details.chart-data table")].filter(
        (t) => (t as HTMLElement).offsetHeight > 0,
      ).length,
      tables: document.querySelectorAll("details.chart-data table").length,
      textFill: getComputedStyle(document.querySelector(".chart-image svg text") as Element).fill,
    }));
    await probe.close();
    expect(printed.tables).toBe(5);
    expect(printed.tablesShown).toBe(printed.tables);
    expect(printed.textFill).toBe("rgb(0, 0, 0)");
  });

  it("loads vega only when a reader asks to explore a chart, then renders it in place", async () => {
    const probe = await openScale();
    const requests: string[] = [];
    probe.page.on("request", (r) => requests.push(r.url()));
    const vegaRequests = () => requests.filter((url) => /\/_node\/vega/.test(url));
    await probe.page.waitForTimeout(300);
    expect(vegaRequests()).toEqual([]);
    const button = probe.page.locator('button[data-explore="scale-breakdown"]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const live = probe.page.locator("#chart-scale-breakdown .chart-live svg");
    await live.waitFor({ timeout: 20_000 });
    expect(vegaRequests().length).toBeGreaterThan(0);
    const bars = expected.find((c) => c.id === "scale-breakdown")?.rows.length;
    expect(await probe.page.locator("#chart-scale-breakdown .chart-live svg g.mark-rect path").count()).toBe(
      bars,
    );
    // The live view draws the annotations' labels where the build-time SVG has them.
    const labelsIn = (view: string) =>
      probe.page.$$eval(`#chart-scale-breakdown ${view} svg g[class*="sc_label_"] > text`, (texts) =>
        texts.map((t) => `${t.textContent}@${t.getAttribute("transform")}`),
      );
    const liveLabels = await labelsIn(".chart-live");
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    await button.click();
    expect(await probe.page.locator("#chart-scale-breakdown .chart-image > svg").count()).toBe(1);
    expect(liveLabels.length).toBe(expected[0]?.annotations?.filter((n) => n.drawn).length);
    expect(await labelsIn(".chart-image")).toEqual(liveLabels);
    await probe.close();
    expect(probe.outsideRequests).toEqual([]);
    expect(probe.errors).toEqual([]);
  });
});
