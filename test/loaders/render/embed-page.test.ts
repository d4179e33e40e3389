import { describe, expect, it } from "vitest";
import type { BuiltChart } from "../../../loaders/charts/types.ts";
import { embedPageHtml } from "../../../loaders/render/embed-page.ts";

const chart: BuiltChart = {
  id: "example",
  title: "A <b>title</b>",
  takeaway: "One line.",
  description: "A bar chart.",
  svg: '<svg width="300" height="100"></svg>',
  width: 300,
  height: 100,
  spec: { data: { values: [] }, mark: "bar" },
  rows: [{ a: 1 }],
  table: { caption: "Rows", columns: [{ label: "A" }], rows: [["1"]] },
  sources: ["s1"],
  sourceLine: "Source: An Outlet",
  empty: false,
};

describe("embedPageHtml(chart, home, compiledAt)", () => {
  const html = embedPageHtml(chart, { page: "/scale", siteTitle: "Site" }, new Date("2026-11-25T10:00:00Z"));

  it("says when its data was compiled, from the build's clock", () => {
    expect(html).toContain('Data compiled <time datetime="2026-11-25T10:00:00.000Z">Nov 25, 2026</time>.');
  });

  it("ships the Interactive view button for a vega-lite chart, and none without a spec", () => {
    expect(html).toContain('<button type="button" class="embed-interactive">');
    expect(html).toContain('data-embed-spec="../charts/example.vg.json"');
    const { spec: _, ...noSpec } = chart;
    expect(embedPageHtml(noSpec, { page: "/scale", siteTitle: "Site" })).not.toContain("embed-interactive");
  });

  it("escapes the chart's text", () => {
    expect(html).toContain("A &lt;b&gt;title&lt;/b&gt;");
  });
});
