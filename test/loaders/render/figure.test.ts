import { describe, expect, it } from "vitest";
import { dataTableHtml, figureHtml, inlineSvg } from "../../../loaders/render/figure.ts";

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>US$ ${x}</text></svg>';

describe("figureHtml(figure)", () => {
  const html = figureHtml({
    id: "by-country",
    title: "Users <b>by</b> country",
    takeaway: "Most were in the U.S.",
    description: "Bar chart: United States 70.6 million",
    svg,
    sourceLine: "Source: Example Gazette",
    table: {
      caption: "Users by country",
      columns: [{ label: "Country" }, { label: "Users", numeric: true }],
      rows: [["<script>", "1"]],
    },
  });
  it("marks the figure as a chart container with its id", () => {
    expect(html).toMatch(/^<figure class="chart" id="chart-by-country" data-chart="by-country">/);
  });
  it("escapes every data value", () => {
    expect(html).toContain("Users &lt;b&gt;by&lt;/b&gt; country");
    expect(html).toContain(`<td dir="auto">&lt;script&gt;</td>`);
    expect(html).not.toContain("<script>");
  });
  it("is one Markdown HTML block: no blank line inside", () => {
    expect(html).not.toMatch(/\n\s*\n/);
  });
  it("describes the chart for screen readers and hides the SVG's own markup from them", () => {
    expect(html).toContain('role="img" aria-label="Bar chart: United States 70.6 million"');
    expect(html).toContain('<svg aria-hidden="true" focusable="false"');
  });
});

describe("inlineSvg(svg)", () => {
  it("escapes $ and backticks so Framework does not evaluate chart text", () => {
    expect(inlineSvg(svg)).toContain("US&#36; &#36;{x}");
  });
});

describe("dataTableHtml(table)", () => {
  it("right-aligns numeric columns and gives headers a scope", () => {
    const html = dataTableHtml({
      caption: "c",
      columns: [{ label: "a" }, { label: "n", numeric: true }],
      rows: [["x", "2"]],
    });
    expect(html).toContain('<th scope="col" class="number">n</th>');
    expect(html).toContain('<td class="number">2</td>');
  });
});

describe("figureHtml(figure): notes", () => {
  it("lists the chart's annotations under it, label and caption escaped, sources as given", () => {
    const html = figureHtml({
      id: "c",
      title: "T",
      description: "D",
      svg: "<svg></svg>",
      notes: [{ label: "<b>Upper</b>", text: "A & B", sourcesHtml: '<a href="/sources#s">S</a>' }],
    });
    expect(html).toContain(
      '<ul class="chart-notes"><li><strong class="chart-note-label" dir="auto">&lt;b&gt;Upper&lt;/b&gt;</strong> <span dir="auto">A &amp; B</span> <span class="chart-note-sources"><a href="/sources#s">S</a></span></li></ul>',
    );
    expect(figureHtml({ id: "c", title: "T", description: "D", svg: "<svg></svg>" })).not.toContain(
      "chart-notes",
    );
  });
});
