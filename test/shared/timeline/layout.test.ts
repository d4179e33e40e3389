import { describe, expect, it } from "vitest";
import { dayNumber, fullDomain, isoDay } from "../../../src/shared/timeline/days.ts";
import { denseThreshold, geometry } from "../../../src/shared/timeline/geometry.ts";
import { markAt } from "../../../src/shared/timeline/hit.ts";
import { layoutTimeline } from "../../../src/shared/timeline/layout.ts";
import type { TimelineView, ViewItem } from "../../../src/shared/timeline/view.ts";

const lanes = [
  { id: "firm", name: "Firm", group: "Companies" },
  { id: "bank-a", name: "Bank A", group: "Banks" },
  { id: "bank-b", name: "Bank B", group: "Banks" },
];

type ItemInput = Partial<ViewItem> & { id: string; from: string; to?: string };
function item({ id, from, to, ...rest }: ItemInput): ViewItem {
  return {
    id,
    type: "event",
    lane: 0,
    start: dayNumber(from),
    end: dayNumber(to ?? from) + 1,
    form: "day",
    status: "confirmed",
    kind: 0,
    ...rest,
  };
}
const view = (items: ViewItem[], viewLanes = lanes): TimelineView => ({
  lanes: viewLanes,
  kinds: ["report"],
  items,
});
const wide = { width: 960, orientation: "horizontal" as const };

describe("layoutTimeline(view, options) horizontal", () => {
  it("draws one mark per item, in the view's time order", () => {
    const items = [item({ id: "a", from: "2018-01-01" }), item({ id: "b", from: "2018-06-01", lane: 1 })];
    const layout = layoutTimeline(view(items), wide);
    expect([...layout.marks].map((m) => m.index)).toEqual([0, 1]);
  });

  it("puts later items further right", () => {
    const items = [item({ id: "a", from: "2018-01-01" }), item({ id: "b", from: "2018-06-01" })];
    const [a, b] = layoutTimeline(view(items), wide).marks;
    expect(b?.cx).toBeGreaterThan(a?.cx ?? Number.POSITIVE_INFINITY);
  });

  it("draws a day as a symbol-sized box centred on its day", () => {
    const layout = layoutTimeline(view([item({ id: "a", from: "2018-01-01" })]), wide);
    const mark = layout.marks.at(0);
    expect(mark?.w).toBe(geometry.symbolSize);
    expect(mark?.cx).toBeCloseTo((mark?.x ?? 0) + geometry.symbolSize / 2, 1);
  });

  it("spans a month-precision date over the whole month, in proportion to its days", () => {
    const items = [
      item({ id: "jan", from: "2018-01-01", to: "2018-01-31", form: "uncertain" }),
      item({ id: "feb", from: "2018-02-01", to: "2018-02-28", form: "uncertain" }),
      item({ id: "year", from: "2018-01-01", to: "2018-12-31", form: "uncertain" }),
    ];
    const [jan, feb, year] = layoutTimeline(view(items), wide).marks;
    expect((feb?.w ?? 0) / (jan?.w ?? 1)).toBeCloseTo(28 / 31, 1);
    expect((year?.w ?? 0) / (jan?.w ?? 1)).toBeCloseTo(365 / 31, 0);
  });

  it("puts a period's symbol at its start and an imprecise date's in the middle of its range", () => {
    const items = [
      item({ id: "p", from: "2017-08-01", to: "2018-08-31", form: "period" }),
      item({ id: "u", from: "2019-01-01", to: "2019-12-31", form: "uncertain", lane: 1 }),
    ];
    const [period, uncertain] = layoutTimeline(view(items), wide).marks;
    expect(period?.cx).toBeCloseTo(period?.x ?? 0, 1);
    expect(uncertain?.cx).toBeCloseTo((uncertain?.x ?? 0) + (uncertain?.w ?? 0) / 2, 1);
  });

  it("packs overlapping items of one lane into separate rows", () => {
    const items = [item({ id: "a", from: "2018-08-06" }), item({ id: "b", from: "2018-08-06" })];
    const [a, b] = layoutTimeline(view(items), wide).marks;
    expect(a?.cx).toBe(b?.cx);
    expect(a?.cy).not.toBe(b?.cy);
  });

  it("stops adding rows at maxRows and overlaps beyond", () => {
    const items = Array.from({ length: geometry.maxRows + 3 }, (_, i) =>
      item({ id: `i${i}`, from: "2018-08-06" }),
    );
    const rows = new Set([...layoutTimeline(view(items), wide).marks].map((m) => m.cy));
    expect(rows.size).toBe(geometry.maxRows);
  });

  it("gives a lane only to lanes that drawn items use", () => {
    const items = [item({ id: "a", from: "2018-01-01", lane: 2 })];
    expect(layoutTimeline(view(items), wide).lanes.map((l) => l.label)).toEqual(["Bank B"]);
  });

  it("draws only the items `shown` allows, and drops lanes only hidden items used", () => {
    const items = [item({ id: "a", from: "2018-01-01" }), item({ id: "b", from: "2018-02-01", lane: 1 })];
    const layout = layoutTimeline(view(items), { ...wide, shown: (i) => i.id === "b" });
    expect([...layout.marks].map((m) => m.index)).toEqual([1]);
    expect(layout.lanes.map((l) => l.label)).toEqual(["Bank A"]);
  });

  it("draws only items that overlap the domain and keeps their marks inside the plot", () => {
    const items = [
      item({ id: "before", from: "2016-01-01" }),
      item({ id: "across", from: "2017-06-01", to: "2018-06-30", form: "period" }),
      item({ id: "inside", from: "2018-03-01" }),
    ];
    const layout = layoutTimeline(view(items), {
      ...wide,
      domain: [dayNumber("2018-01-01"), dayNumber("2019-01-01")],
    });
    expect([...layout.marks].map((m) => m.index)).toEqual([1, 2]);
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(layout.plot.x - geometry.symbolSize);
      expect(mark.x + mark.w).toBeLessThanOrEqual(layout.plot.x + layout.plot.width + geometry.symbolSize);
    }
  });

  it("links an item to the other lanes it involves, with a dot on each", () => {
    const items = [item({ id: "a", from: "2018-01-01", links: [1, 2] })];
    const layout = layoutTimeline(view(items), wide);
    const centres = layout.lanes.slice(1).map((l) => l.start + l.size / 2);
    expect(layout.links).toHaveLength(1);
    expect(layout.links.at(0)?.dots.map((d) => d.y)).toEqual(centres);
  });

  it("labels time ticks inside the plot", () => {
    const items = [item({ id: "a", from: "2014-01-01" }), item({ id: "b", from: "2020-03-09" })];
    const layout = layoutTimeline(view(items), wide);
    expect(layout.ticks.length).toBeGreaterThan(2);
    for (const tick of layout.ticks) {
      expect(tick.label).not.toBe("");
      expect(tick.at).toBeGreaterThanOrEqual(layout.plot.x);
      expect(tick.at).toBeLessThanOrEqual(layout.plot.x + layout.plot.width);
    }
  });

  it("fits the width it is given", () => {
    const layout = layoutTimeline(view([item({ id: "a", from: "2018-01-01" })]), { width: 700 });
    expect(layout.width).toBe(700);
    expect(layout.plot.x + layout.plot.width).toBeLessThanOrEqual(700);
  });

  it("lays out an empty view without marks or lanes", () => {
    const layout = layoutTimeline(view([]), wide);
    expect(layout.marks.length).toBe(0);
    expect(layout.lanes).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });

  it("is dense beyond denseThreshold marks, not at it", () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        item({ id: `i${i}`, from: isoDay(dayNumber("2018-01-01") + (i % 365)) }),
      );
    expect(layoutTimeline(view(many(denseThreshold)), wide).dense).toBe(false);
    expect(layoutTimeline(view(many(denseThreshold + 1)), wide).dense).toBe(true);
  });
});

describe("layoutTimeline(view, options) vertical", () => {
  const narrow = { width: 360, orientation: "vertical" as const, timeLength: 600 };

  it("runs time down the page", () => {
    const items = [item({ id: "a", from: "2018-01-01" }), item({ id: "b", from: "2018-06-01" })];
    const [a, b] = layoutTimeline(view(items), narrow).marks;
    expect(b?.cy).toBeGreaterThan(a?.cy ?? Number.POSITIVE_INFINITY);
    expect(b?.h).toBe(geometry.symbolSize);
  });

  it("gives each lane a column when they fit", () => {
    const items = lanes.map((_, lane) => item({ id: `i${lane}`, from: "2018-01-01", lane }));
    const layout = layoutTimeline(view(items), narrow);
    expect(layout.grouped).toBe(false);
    expect(new Set([...layout.marks].map((m) => m.cx)).size).toBe(3);
  });

  it("groups lanes by actor kind when their columns would be too narrow", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `bank-${i}`,
      name: `Bank ${i}`,
      group: "Banks",
    }));
    const manyLanes = [lanes[0] as (typeof lanes)[number], ...many];
    const items = manyLanes.map((_, lane) => item({ id: `i${lane}`, from: "2018-01-01", lane }));
    const layout = layoutTimeline(view(items, manyLanes), narrow);
    expect(layout.grouped).toBe(true);
    expect(layout.lanes.map((l) => l.label)).toEqual(["Companies", "Banks"]);
    expect(layout.marks).toHaveLength(items.length);
  });

  it("drops a link between lanes that share a group", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `bank-${i}`,
      name: `Bank ${i}`,
      group: "Banks",
    }));
    const items = many.map((_, lane) =>
      item({ id: `i${lane}`, from: "2018-01-01", lane, links: [(lane + 1) % 20] }),
    );
    expect([...layoutTimeline(view(items, many), narrow).links]).toEqual([]);
  });

  it("is as long as asked", () => {
    const layout = layoutTimeline(view([item({ id: "a", from: "2018-01-01" })]), narrow);
    expect(layout.plot.height).toBe(600);
  });
});

describe("markAt(layout, x, y)", () => {
  const layout = layoutTimeline(
    view([item({ id: "a", from: "2018-01-01" }), item({ id: "b", from: "2019-01-01", lane: 1 })]),
    wide,
  );
  it("finds the mark under a point", () => {
    const b = layout.marks.at(1);
    expect(markAt(layout, b?.cx ?? 0, b?.cy ?? 0)).toBe(1);
  });
  it("finds nothing away from the marks", () => {
    expect(markAt(layout, 0, 0)).toBe(-1);
  });
});

describe("fullDomain(items)", () => {
  it("covers every item with a margin on each side", () => {
    const [from, to] = fullDomain([item({ id: "a", from: "2018-01-01", to: "2018-12-31" })]);
    expect(from).toBeLessThan(dayNumber("2018-01-01"));
    expect(to).toBeGreaterThan(dayNumber("2019-01-01"));
  });
});

describe("PlacedMarks", () => {
  const items = [item({ id: "a", from: "2018-01-01" }), item({ id: "b", from: "2018-06-01", lane: 1 })];
  const { marks } = layoutTimeline(view(items), wide);
  it("finds the mark of an item by the item's index", () => {
    expect(marks.find(1)).toBe(1);
    expect(marks.find(7)).toBe(-1);
  });
  it("gives one mark as an object, and nothing out of range", () => {
    expect(marks.at(0)).toMatchObject({ index: 0, w: geometry.symbolSize });
    expect(marks.at(2)).toBeUndefined();
  });
});
