import { describe, expect, it } from "vitest";
import { svgString, timelineSvg } from "../../../../loaders/charts/timeline/svg.ts";
import { dayNumber } from "../../../../src/shared/timeline/days.ts";
import { denseThreshold } from "../../../../src/shared/timeline/geometry.ts";
import { layoutTimeline } from "../../../../src/shared/timeline/layout.ts";
import { fitText } from "../../../../src/shared/timeline/scene.ts";
import type { TimelineView, ViewItem } from "../../../../src/shared/timeline/view.ts";

const item = (id: string, from: string, more: Partial<ViewItem> = {}): ViewItem => ({
  id,
  type: "event",
  lane: 0,
  start: dayNumber(from),
  end: dayNumber(from) + 1,
  form: "day",
  status: "reported",
  kind: 0,
  ...more,
});
const view = (items: ViewItem[], name = "Firm"): TimelineView => ({
  lanes: [
    { id: "firm", name, group: "Companies" },
    { id: "bank", name: "Bank", group: "Banks" },
  ],
  kinds: ["report"],
  items,
});
const draw = (v: TimelineView, options = {}) =>
  timelineSvg(v, layoutTimeline(v, { width: 960 }), { idPrefix: "t", ...options });

describe("svgString(node)", () => {
  it("escapes attribute values and text, including Framework's ${ and backticks", () => {
    const svg = svgString({
      tag: "text",
      attrs: { "data-x": '"><script>' },
      text: "<b>${alert(1)}</b> `x`",
    });
    expect(svg).toBe(
      '<text data-x="&quot;&gt;&lt;script&gt;">&lt;b&gt;&#36;{alert(1)}&lt;/b&gt; &#96;x&#96;</text>',
    );
  });
  it("closes empty elements itself", () => {
    expect(svgString({ tag: "rect", attrs: { width: 1 } })).toBe('<rect width="1"/>');
  });
});

describe("timelineSvg(view, layout, options)", () => {
  it("draws one mark per item, each naming its item", () => {
    const svg = draw(view([item("a", "2018-01-01"), item("b", "2018-02-01", { lane: 1 })]));
    expect(svg.match(/class="tl-mark"/g)).toHaveLength(2);
    expect(svg).toContain('data-id="a"');
    expect(svg).toContain('data-id="b"');
  });

  it("is a standalone SVG with its own size", () => {
    const svg = draw(view([item("a", "2018-01-01")]));
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 960 \d+" width="960"/,
    );
  });

  it("links each mark to its entry when asked, out of the tab order", () => {
    const svg = draw(view([item("a", "2018-01-01")]), { href: () => "#a" });
    expect(svg).toContain('<a href="#a" tabindex="-1">');
  });

  it("has no links when not asked (embeds have no list to link to)", () => {
    expect(draw(view([item("a", "2018-01-01")]))).not.toContain("<a ");
  });

  it("gives each mark its label as a tooltip, escaped", () => {
    const svg = draw(view([item("a", "2018-01-01")]), { label: () => "6 Aug <2018>" });
    expect(svg).toContain("<title>6 Aug &lt;2018&gt;</title>");
  });

  it("escapes lane names from the data", () => {
    const svg = draw(view([item("a", "2018-01-01")], "Evil <img src=x> ${x}"));
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("${");
  });

  it("colours marks by status class, with the palette as a fallback colour", () => {
    const svg = draw(view([item("a", "2018-01-01")]), { palette: { "tl-status-reported": "#9a6700" } });
    expect(svg).toMatch(/<g class="tl-symbols tl-status-reported" fill="currentColor" color="#9a6700">/);
  });

  it("draws periods as bars and approximate ones with soft edges", () => {
    const svg = draw(
      view([
        item("p", "2017-08-01", { form: "period", end: dayNumber("2018-09-01") }),
        item("v", "2017-08-01", { form: "period", end: dayNumber("2018-09-01"), vague: true, lane: 1 }),
      ]),
    );
    expect(svg.match(/class="tl-bar tl-bar-period"/g)).toHaveLength(2);
    expect(svg.match(/mask="url\(#t-soft\)"/g)).toHaveLength(1);
    expect(svg).toContain('<mask id="t-soft"');
  });

  it("draws a date known only to its month as a dashed box", () => {
    const svg = draw(view([item("m", "2018-08-01", { form: "uncertain", end: dayNumber("2018-09-01") })]));
    expect(svg).toMatch(/class="tl-bar tl-bar-uncertain"[^>]*stroke-dasharray/);
  });

  it("draws cross-lane links", () => {
    const svg = draw(view([item("a", "2018-01-01", { links: [1] })]));
    expect(svg).toContain('class="tl-links"');
  });

  it("shows how many items fall where, instead of marks, beyond the dense threshold", () => {
    const items = Array.from({ length: denseThreshold + 1 }, (_, i) =>
      item(`i${i}`, "2018-01-01", {
        start: dayNumber("2018-01-01") + (i % 400),
        end: dayNumber("2018-01-02") + (i % 400),
      }),
    );
    const svg = draw(view(items));
    expect(svg).not.toContain("tl-mark");
    expect(svg).toContain('class="tl-density"');
  });
});

describe("fitText(text, width)", () => {
  it("keeps text that fits", () => {
    expect(fitText("Facebook", 100)).toBe("Facebook");
  });
  it("cuts long text with an ellipsis", () => {
    const cut = fitText("U.S. Senate Judiciary and Commerce committees", 100);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(20);
  });
});

describe("svgString(node) and line breaks", () => {
  it("writes line breaks in text as character references, so no blank line ends the page's HTML block", () => {
    expect(svgString({ tag: "title", text: "one\n\ntwo" })).toBe("<title>one&#10;&#10;two</title>");
  });
});
