// How the timeline draws uncertain dates (EDTF): an open side fades away from its known bound,
// an approximate one has soft edges (never a firm day's symbol alone), an uncertain one is marked.
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../../src/shared/timeline/days.ts";
import { geometry } from "../../../src/shared/timeline/geometry.ts";
import { layoutTimeline } from "../../../src/shared/timeline/layout.ts";
import { timelineScene } from "../../../src/shared/timeline/scene.ts";
import { edgeMask } from "../../../src/shared/timeline/scene-marks.ts";
import type { SvgNode } from "../../../src/shared/timeline/scene-node.ts";
import type { TimelineView, ViewItem } from "../../../src/shared/timeline/view.ts";
import { packView, unpackView } from "../../../src/shared/timeline/view.ts";

type ItemInput = Partial<ViewItem> & { id: string; from: string; to?: string };
function item({ id, from, to, ...rest }: ItemInput): ViewItem {
  return {
    id,
    type: "event",
    lane: 0,
    start: dayNumber(from),
    end: dayNumber(to ?? from) + 1,
    form: "uncertain",
    status: "reported",
    kind: 0,
    ...rest,
  };
}
const view = (items: ViewItem[]): TimelineView => ({
  lanes: [{ id: "a", name: "A", group: "Banks" }],
  kinds: ["request"],
  items,
});
const wide = { width: 960, orientation: "horizontal" as const };
const anchor = item({ id: "firm", from: "2017-01-01", form: "day" });
const end = item({ id: "end", from: "2019-12-31", form: "day" });

function nodes(node: SvgNode): SvgNode[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

describe("uncertain dates on the timeline", () => {
  it("fades an open start away from its known day, the symbol inside the fade", () => {
    const before = item({ id: "before", from: "2018-08-06", openStart: true });
    const layout = layoutTimeline(view([anchor, before, end]), wide);
    const mark = layout.marks.at(1);
    const day = layout.marks.at(0);
    const dayEnd = layoutTimeline(view([anchor, item({ id: "on", from: "2018-08-06" }), end]), wide).marks.at(
      1,
    );
    // The bar ends with the known day (within the day's own few px) and reaches openFade px before it.
    expect(Math.abs((mark?.x ?? 0) + (mark?.w ?? 0) - (dayEnd?.cx ?? 0))).toBeLessThan(5);
    expect(mark?.w).toBeGreaterThanOrEqual(geometry.openFade);
    expect(mark?.cx).toBeGreaterThan(mark?.x ?? 0);
    expect(mark?.cx).toBeLessThan((mark?.x ?? 0) + (mark?.w ?? 0) - 10);
    expect(day?.w).toBe(geometry.symbolSize);
    expect(edgeMask(before)).toBe("open-start");
  });

  it("fades an open end toward the later side", () => {
    const after = item({ id: "after", from: "2018-08-06", openEnd: true });
    const mark = layoutTimeline(view([anchor, after, end]), wide).marks.at(1);
    expect(mark?.x).toBeLessThanOrEqual(mark?.cx ?? 0);
    expect((mark?.x ?? 0) + (mark?.w ?? 0)).toBeGreaterThan((mark?.cx ?? 0) + geometry.openFade / 2);
    expect(edgeMask(after)).toBe("open-end");
  });

  it("shows an open start in a range that ends before its known day: it may fall there", () => {
    const before = item({ id: "before", from: "2018-08-06", openStart: true });
    const layout = layoutTimeline(view([before]), {
      ...wide,
      domain: [dayNumber("2017-01-01"), dayNumber("2018-01-01")],
    });
    expect(layout.marks.length).toBe(1);
    const mark = layout.marks.at(0);
    expect((mark?.x ?? 0) + (mark?.w ?? 0)).toBeCloseTo(layout.plot.x + layout.plot.width, 1);
    const after = item({ id: "after", from: "2018-08-06", openEnd: true });
    const none = layoutTimeline(view([after]), {
      ...wide,
      domain: [dayNumber("2017-01-01"), dayNumber("2018-01-01")],
    });
    expect(none.marks.length).toBe(0);
  });

  it("gives an approximate day soft edges over a bar, not a firm day's symbol", () => {
    const about = item({ id: "about", from: "2018-08-06", vague: true });
    const mark = layoutTimeline(view([anchor, about, end]), wide).marks.at(1);
    expect(mark?.w).toBeCloseTo(geometry.softMin, 5);
    expect(edgeMask(about)).toBe("soft");
    expect(edgeMask(item({ id: "s", from: "2017-08-01", to: "2018-08-06", softStart: true }))).toBe(
      "soft-start",
    );
    expect(edgeMask(item({ id: "e", from: "2017-08-01", to: "2018-08-06", softEnd: true }))).toBe("soft-end");
  });

  it("draws each through its mask, and marks an uncertain date with the catalogue's glyph", () => {
    const items = [
      anchor,
      item({ id: "before", from: "2018-08-06", openStart: true }),
      item({ id: "window", from: "2017-08-01", to: "2018-08-06", softStart: true }),
      item({ id: "unsure", from: "2018-03-01", to: "2018-03-31", doubt: true }),
      end,
    ];
    const v = { ...view(items), doubtMark: "؟" };
    const scene = timelineScene(v, layoutTimeline(v, wide), { idPrefix: "t", marks: "each" });
    const all = nodes(scene);
    const masks = all.filter((n) => n.tag === "rect" && n.attrs?.mask).map((n) => n.attrs?.mask);
    expect(masks.sort()).toEqual(["url(#t-open-start)", "url(#t-soft-start)"]);
    expect(all.filter((n) => n.tag === "mask").map((n) => n.attrs?.id)).toEqual([
      "t-soft",
      "t-soft-start",
      "t-soft-end",
      "t-open-start",
      "t-open-end",
    ]);
    expect(all.filter((n) => n.attrs?.class === "tl-doubt").map((n) => n.text)).toEqual(["؟"]);
    expect(JSON.stringify(scene)).not.toContain('"style"');
  });

  it("fades toward earlier days whichever way time runs", () => {
    const v = view([anchor, item({ id: "before", from: "2018-08-06", openStart: true }), end]);
    const gradient = (direction: "ltr" | "rtl") =>
      nodes(
        timelineScene(v, layoutTimeline(v, { ...wide, direction }), { idPrefix: "t", marks: "each" }),
      ).find((n) => n.attrs?.id === "t-open-start-fade")?.attrs;
    expect(gradient("ltr")).toMatchObject({ x1: 0, x2: 1 });
    expect(gradient("rtl")).toMatchObject({ x1: 1, x2: 0 });
  });

  it("ships the flags to the browser and back", () => {
    const items = [
      item({ id: "before", from: "2018-08-06", openStart: true, doubt: true }),
      item({ id: "window", from: "2017-08-01", to: "2018-08-06", softStart: true }),
    ];
    expect(unpackView(packView({ ...view(items), doubtMark: "؟" }))).toEqual({
      ...view(items),
      doubtMark: "؟",
    });
  });
});
