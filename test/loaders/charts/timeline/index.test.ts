import { describe, expect, it } from "vitest";
import {
  buildTimelineFigure,
  timelineChart,
  timelineCharts,
  timelineTable,
  yearLaneCounts,
} from "../../../../loaders/charts/timeline/index.ts";
import { iconCss, timelineLegendHtml } from "../../../../loaders/charts/timeline/legend.ts";
import { compileTimeline } from "../../../../loaders/compile/timeline.ts";
import { parseDate } from "../../../../loaders/dates.ts";
import { loadEvidence } from "../../../../loaders/evidence.ts";
import type { Evidence, PartialDate } from "../../../../loaders/model.ts";
import { tableRowLimit } from "../../../../loaders/render/limits.ts";
import { emptyEvidence } from "../../../../loaders/validate.ts";
import { EventStatus } from "../../../../src/shared/enums.ts";
import { evidenceFrom } from "../../evidence-from.ts";

const shipped = loadEvidence("data");

describe("timelineCharts", () => {
  it("registers one chart, timeline, on the /timeline page", () => {
    expect(timelineCharts.map((c) => [c.id, c.page])).toEqual([["timeline", "/timeline"]]);
  });
});

describe("timelineChart.build(evidence)", () => {
  it("builds a static SVG, a row and a table row per event and statement, and no vega-lite spec", async () => {
    const chart = await timelineChart.build(shipped);
    const items = shipped.events.length + shipped.statements.length;
    expect(chart.svg.startsWith("<svg")).toBe(true);
    expect(chart.svg.match(/class="tl-mark"/g)).toHaveLength(items);
    expect(chart.rows).toHaveLength(items);
    expect(chart.table.rows).toHaveLength(items);
    expect(chart.spec).toBeUndefined();
    expect(chart.empty).toBe(false);
    expect([chart.width, chart.height].every((n) => n > 0)).toBe(true);
  });

  it("names the sources behind the chart, each one in the evidence", async () => {
    const chart = await timelineChart.build(shipped);
    const ids = new Set(shipped.sources.map((s) => s.id));
    expect(chart.sources.length).toBeGreaterThan(0);
    expect(chart.sources.every((id) => ids.has(id))).toBe(true);
    expect(chart.sourceLine).toMatch(/^Sources: /);
  });

  it("has no in-page links in its SVG: an embed has no list to jump to", async () => {
    expect((await timelineChart.build(shipped)).svg).not.toContain("<a ");
  });

  it("says so when the evidence has no events or statements", async () => {
    const chart = await timelineChart.build(emptyEvidence());
    expect(chart.empty).toBe(true);
    expect(chart.takeaway).toBe("The evidence has no events or statements yet.");
    expect(chart.rows).toEqual([]);
    expect(chart.svg.startsWith("<svg")).toBe(true);
  });

  it("gives flat rows for downloads, with the date as the data gives it", async () => {
    const chart = await timelineChart.build(loadEvidence("test/fixtures/evidence/minimal"));
    expect(chart.rows[0]).toMatchObject({
      id: "example-data-request",
      date: "2018-08",
      end_date: "2018-08-06",
      precision: "month",
      first_day: "2018-08-01",
      last_day: "2018-08-06",
      status: "reported",
    });
  });
});

describe("buildTimelineFigure(evidence)", () => {
  it("draws the narrow SVG with time running down and the wide one with time across", () => {
    const figure = buildTimelineFigure(shipped);
    expect(figure.wide.layout.orientation).toBe("horizontal");
    expect(figure.narrow.layout.orientation).toBe("vertical");
    expect(figure.narrow.layout.width).toBeLessThanOrEqual(375);
  });

  it("links marks to the list's entries only when asked", () => {
    expect(buildTimelineFigure(shipped, { links: true }).wide.svg).toContain(
      '<a href="#wsj-2018-08-06-report"',
    );
  });

  it("states the counts and the time span in its takeaway", () => {
    expect(buildTimelineFigure(shipped).takeaway).toMatch(/^55 events and 24 statements, 2014 to /);
  });
});

describe("timelineLegendHtml()", () => {
  it("explains every status with its description from enums.ts", () => {
    const html = timelineLegendHtml();
    for (const [status, description] of Object.entries(EventStatus)) {
      expect(html).toContain(`<strong>${status}</strong>: ${description}`);
    }
  });
  it("explains statements, periods, imprecise dates, approximate dates and links", () => {
    const html = timelineLegendHtml();
    for (const term of ["statement", "bar", "dashed box", "faded ends", "line"]) {
      expect(html).toContain(`<strong>${term}</strong>`);
    }
  });
});

describe("iconCss()", () => {
  it("draws an inline icon for every symbol", () => {
    const css = iconCss();
    for (const symbol of ["circle", "diamond", "triangle", "cross", "square"]) {
      expect(css).toContain(`.tl-icon-${symbol}{clip-path:`);
    }
  });
});

describe("timelineTable(timeline, evidence)", () => {
  const many = (n: number): Evidence =>
    evidenceFrom({
      actors: [
        { id: "firm", name: "Firm", kind: "company", extra: {} },
        { id: "bank", name: "Bank", kind: "bank", extra: {} },
      ],
      events: Array.from({ length: n }, (_, i) => ({
        id: `e-${i}`,
        date: parseDate(`${2017 + (i % 2)}-03-0${1 + (i % 3)}`) as PartialDate,
        actors: [i % 3 === 0 ? "bank" : "firm"],
        kind: "report",
        title: `Event ${i}`,
        status: "reported" as const,
        sources: [],
        extra: {},
      })),
    });

  it("lists every item up to tableRowLimit items", () => {
    const evidence = many(tableRowLimit);
    expect(timelineTable(compileTimeline(evidence), evidence).rows).toHaveLength(tableRowLimit);
  });

  it("counts items per year and lane beyond tableRowLimit, and says where every row is", () => {
    const evidence = many(tableRowLimit + 1);
    const timeline = compileTimeline(evidence);
    const table = timelineTable(timeline, evidence);
    expect(table.columns.map((c) => c.label)).toEqual(["Year", "Lane", "Events", "Statements"]);
    expect(table.caption).toMatch(/CSV download has every row/);
    expect(table.caption).toMatch(/timeline page lists each one/);
    const total = table.rows.reduce((sum, row) => sum + Number(row[2]) + Number(row[3]), 0);
    expect(total).toBe(tableRowLimit + 1);
    expect(table.rows.map((row) => `${row[0]} ${row[1]}`)).toEqual([
      "2017 Firm",
      "2017 Bank",
      "2018 Firm",
      "2018 Bank",
    ]);
  });

  it("keeps every row in the downloads when the table counts", async () => {
    const chart = await timelineChart.build(many(tableRowLimit + 1));
    expect(chart.rows).toHaveLength(tableRowLimit + 1);
    expect(chart.table.rows.length).toBeLessThan(10);
  });
});

describe("yearLaneCounts(timeline)", () => {
  it("counts events and statements in the lane each is drawn in, year by year", () => {
    const counts = yearLaneCounts(compileTimeline(shipped));
    const total = counts.reduce((sum, c) => sum + c.events + c.statements, 0);
    expect(total).toBe(shipped.events.length + shipped.statements.length);
    expect(counts.map((c) => c.year)).toEqual([...counts.map((c) => c.year)].sort());
  });
});
