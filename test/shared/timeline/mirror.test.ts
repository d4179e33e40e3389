import { describe, expect, it } from "vitest";
import { svgString } from "../../../loaders/charts/timeline/svg.ts";
import { dayNumber } from "../../../src/shared/timeline/days.ts";
import { markAt } from "../../../src/shared/timeline/hit.ts";
import { type LayoutOptions, layoutTimeline } from "../../../src/shared/timeline/layout.ts";
import { type SvgNode, timelineScene } from "../../../src/shared/timeline/scene.ts";
import type { TimelineView, ViewItem } from "../../../src/shared/timeline/view.ts";

const lanes = [
  { id: "firm", name: "Firm", group: "Companies" },
  { id: "bank", name: "Bank", group: "Banks" },
];
const item = (id: string, from: string, lane: number, more: Partial<ViewItem> = {}): ViewItem => ({
  id,
  type: "event",
  lane,
  start: dayNumber(from),
  end: dayNumber(from) + 1,
  form: "day",
  status: "confirmed",
  kind: 0,
  ...more,
});
const view: TimelineView = {
  lanes,
  kinds: ["report"],
  items: [
    item("a", "2018-01-01", 0),
    item("b", "2018-06-01", 1, { links: [0] }),
    item("c", "2019-03-01", 0, { form: "period", end: dayNumber("2019-09-01") }),
  ],
  annotations: [
    { id: "n", label: "The first report", item: 0, step: 1 },
    { id: "s", label: "The long talks", start: dayNumber("2018-05-01"), end: dayNumber("2018-08-01") },
  ],
};
const wide: LayoutOptions = { width: 960, orientation: "horizontal" };
const narrow: LayoutOptions = { width: 360, orientation: "vertical", timeLength: 600 };
const both = (options: LayoutOptions) => ({
  ltr: layoutTimeline(view, options),
  rtl: layoutTimeline(view, { ...options, direction: "rtl" }),
});

/** The text nodes of a group of the scene, by its class. */
function texts(scene: SvgNode, cls: string): SvgNode[] {
  return scene.children?.find((node) => node.attrs?.class === cls)?.children ?? [];
}

describe("layoutTimeline(view, { direction: 'rtl' }) time across", () => {
  const { ltr, rtl } = both(wide);

  it("runs time from right to left: a later item stands further left", () => {
    const [a, b, c] = [...rtl.marks];
    expect(b?.cx).toBeLessThan(a?.cx ?? 0);
    expect(c?.cx).toBeLessThan(b?.cx ?? 0);
    expect(rtl.direction).toBe("rtl");
    expect(ltr.direction).toBe("ltr");
  });

  it("is the left-to-right layout mirrored: each mark, tick, link and label at width - x", () => {
    for (let m = 0; m < ltr.marks.length; m++) {
      expect(rtl.marks.cx[m]).toBeCloseTo(960 - (ltr.marks.cx[m] as number));
      expect(rtl.marks.x[m]).toBeCloseTo(960 - (ltr.marks.x[m] as number) - (ltr.marks.w[m] as number));
      expect(rtl.marks.cy[m]).toBe(ltr.marks.cy[m]);
    }
    expect(rtl.ticks.map((t) => t.at)).toEqual(ltr.ticks.map((t) => 960 - t.at));
    expect(rtl.links.at(0)?.x1).toBeCloseTo(960 - (ltr.links.at(0)?.x1 ?? 0));
    expect(rtl.links.at(0)?.dots.map((d) => d.x)).toEqual(ltr.links.at(0)?.dots.map((d) => 960 - d.x));
    expect(rtl.links.at(0)?.dots.map((d) => d.y)).toEqual(ltr.links.at(0)?.dots.map((d) => d.y));
    expect(rtl.lanes).toEqual(ltr.lanes);
    expect(rtl.labels.map((l) => l.box.x + l.box.width)).toEqual(ltr.labels.map((l) => 960 - l.box.x));
    expect(rtl.eras[0]?.box.x).toBeCloseTo(960 - (ltr.eras[0]?.box.x ?? 0) - (ltr.eras[0]?.box.width ?? 0));
  });

  it("leaves the lane names' margin on the right", () => {
    expect(rtl.plot.x).toBe(960 - ltr.plot.x - ltr.plot.width);
    expect(960 - (rtl.plot.x + rtl.plot.width)).toBe(ltr.plot.x);
  });

  it("draws the lane names right of the plot, anchored at their start, in a drawing that says ltr", () => {
    const scene = timelineScene(view, rtl, { idPrefix: "t", marks: "each" });
    expect(scene.attrs?.direction).toBe("ltr");
    const names = texts(scene, "tl-lane-labels");
    expect(names).toHaveLength(2);
    for (const name of names) {
      expect(Number(name.attrs?.x)).toBeGreaterThan(rtl.plot.x + rtl.plot.width);
      expect(name.attrs?.["text-anchor"]).toBe("start");
    }
    const ltrNames = texts(timelineScene(view, ltr, { idPrefix: "t", marks: "each" }), "tl-lane-labels");
    for (const name of ltrNames) {
      expect(Number(name.attrs?.x)).toBeLessThan(ltr.plot.x);
      expect(name.attrs?.["text-anchor"]).toBe("end");
    }
  });

  it("places the key moments' labels inside the chart", () => {
    expect(rtl.labels.length).toBe(2);
    for (const { box } of rtl.labels) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(rtl.width);
    }
  });
});

describe("layoutTimeline(view, { direction: 'rtl' }) time down", () => {
  const { ltr, rtl } = both(narrow);

  it("puts the first lane on the right and keeps time running down", () => {
    const [first, second] = rtl.lanes;
    expect(first?.start).toBeGreaterThan(second?.start ?? Number.POSITIVE_INFINITY);
    expect(rtl.ticks).toEqual(ltr.ticks);
    const [a, b] = [...rtl.marks];
    expect(b?.cy).toBeGreaterThan(a?.cy ?? 0);
    expect(a?.cx).toBeGreaterThan(b?.cx ?? 0);
  });

  it("draws the dates right of the lanes and the labels' column left of them", () => {
    const scene = timelineScene(view, rtl, { idPrefix: "t", marks: "each" });
    for (const tick of texts(scene, "tl-ticks")) {
      expect(Number(tick.attrs?.x)).toBeGreaterThan(rtl.plot.x + rtl.plot.width);
      expect(tick.attrs?.["text-anchor"]).toBe("start");
    }
    expect(rtl.labels.length).toBeGreaterThan(0);
    for (const { box } of rtl.labels) {
      expect(box.x + box.width).toBeLessThanOrEqual(rtl.plot.x);
      expect(box.x).toBeGreaterThanOrEqual(0);
    }
  });

  it("serialises the mirrored drawing", () => {
    const svg = svgString(timelineScene(view, rtl, { idPrefix: "t", marks: "each" }));
    expect(svg).toMatch(/^<svg [^>]*direction="ltr"/);
    expect(svg).toContain('data-id="a"');
  });
});

describe("markAt(layout, x, y) right to left", () => {
  const { ltr, rtl } = both(wide);

  it("finds each item under its own mark, measured from the chart's left edge", () => {
    for (const mark of rtl.marks) expect(rtl.marks.at(markAt(rtl, mark.cx, mark.cy))?.index).toBe(mark.index);
  });

  it("finds the first item near the right edge, where the left-to-right chart has its last", () => {
    const first = ltr.marks.at(0);
    const last = ltr.marks.at(ltr.marks.length - 1);
    if (!first || !last) throw new Error("no marks");
    expect(rtl.marks.at(markAt(rtl, 960 - first.cx, first.cy))?.index).toBe(first.index);
    expect(rtl.marks.at(markAt(rtl, first.cx, first.cy))?.index).not.toBe(first.index);
    expect(rtl.marks.at(markAt(rtl, 960 - last.cx, last.cy))?.index).toBe(last.index);
  });
});

describe("timelineScene(view, layout) labels right to left", () => {
  it("sets each label's lines flush with its box's right edge", () => {
    const rtl = layoutTimeline(view, { ...wide, direction: "rtl" });
    const scene = timelineScene(view, rtl, { idPrefix: "t", marks: "each" });
    const drawn = texts(scene, "tl-labels");
    expect(drawn).toHaveLength(rtl.labels.length);
    drawn.forEach((text, i) => {
      const box = rtl.labels[i]?.box;
      expect(text.attrs?.["text-anchor"]).toBe("end");
      expect(Number(text.attrs?.x)).toBeCloseTo((box?.x ?? 0) + (box?.width ?? 0) - 2, 0);
    });
  });
});
