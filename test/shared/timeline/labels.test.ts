import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timelineView } from "../../../loaders/charts/timeline/view.ts";
import { compileTimeline } from "../../../loaders/compile/timeline.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import { type Box, intersects } from "../../../src/shared/labels/box.ts";
import { textWidth } from "../../../src/shared/labels/text.ts";
import type { Direction } from "../../../src/shared/locale/locale.ts";
import { geometry, narrowWidth, verticalTimeLength } from "../../../src/shared/timeline/geometry.ts";
import { labelFont, labelPriority } from "../../../src/shared/timeline/labels.ts";
import { layoutTimeline, type TimelineLayout } from "../../../src/shared/timeline/layout.ts";
import type { TimelineView } from "../../../src/shared/timeline/view.ts";

const evidence = loadEvidence("data");
const shipped = timelineView(compileTimeline(evidence), evidence.annotations);

function layoutAt(view: TimelineView, width: number, direction: Direction = "ltr"): TimelineLayout {
  return layoutTimeline(view, {
    width,
    orientation: width < narrowWidth ? "vertical" : "horizontal",
    timeLength: verticalTimeLength(view.items.length),
    direction,
  });
}

function markBoxes(layout: TimelineLayout): { index: number; box: Box }[] {
  const half = geometry.symbolSize / 2;
  return [...layout.marks].map((m) => ({
    index: m.index,
    box: { x: m.cx - half, y: m.cy - half, width: 2 * half, height: 2 * half },
  }));
}

/** Everything the labels must leave alone: checks that hold at any width. */
function expectClearLabels(view: TimelineView, layout: TimelineLayout): void {
  const chart = { x: 0, y: 0, width: layout.width, height: layout.height };
  const marks = markBoxes(layout);
  layout.labels.forEach((label, i) => {
    const { box } = label;
    expect(box.x).toBeGreaterThanOrEqual(chart.x);
    expect(box.y).toBeGreaterThanOrEqual(chart.y);
    expect(box.x + box.width).toBeLessThanOrEqual(chart.width);
    expect(box.y + box.height).toBeLessThanOrEqual(chart.height);
    for (const other of layout.labels.slice(i + 1)) expect(intersects(box, other.box)).toBe(false);
    const own = view.annotations?.[label.annotation]?.item;
    for (const mark of marks) if (mark.index !== own) expect(intersects(box, mark.box)).toBe(false);
    const plotEnd = layout.plot.x + layout.plot.width;
    for (const lane of layout.lanes) {
      const laneLabel =
        layout.orientation === "vertical"
          ? { x: lane.start, y: 0, width: lane.size, height: layout.plot.y - 2 }
          : layout.direction === "rtl"
            ? { x: plotEnd + 2, y: lane.start, width: layout.width - plotEnd - 2, height: lane.size }
            : { x: 0, y: lane.start, width: layout.plot.x - 2, height: lane.size };
      expect(intersects(box, laneLabel)).toBe(false);
    }
    // The box holds its words.
    for (const line of label.lines) expect(textWidth(line, labelFont.size)).toBeLessThanOrEqual(box.width);
  });
}

describe("layoutTimeline(view, options) labels", () => {
  it("labels every key moment of the shipped evidence at 320, 375, 768 and 1280 px", () => {
    for (const width of [320, 375, 768, 1280]) {
      const layout = layoutAt(shipped, width);
      expectClearLabels(shipped, layout);
      expect(layout.labels.length + layout.unlabelled.length, `${width}`).toBe(shipped.annotations?.length);
      const steps = shipped.annotations?.filter((a) => a.step !== undefined).length;
      expect(
        layout.unlabelled.filter((i) => shipped.annotations?.[i]?.step !== undefined),
        `${width}`,
      ).toEqual([]);
      expect(steps).toBeGreaterThanOrEqual(8);
    }
  });

  it("keeps labels clear of each other, other marks, lane labels and the edge at any width from 320 px", () => {
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 2400 }), (width) => {
        expectClearLabels(shipped, layoutAt(shipped, width));
      }),
      { numRuns: 12 },
    );
  });

  it("keeps every label inside the chart and clear of the rest when time runs right to left", () => {
    for (const width of [320, 375, 768, 1280]) {
      const ltr = layoutAt(shipped, width);
      const rtl = layoutAt(shipped, width, "rtl");
      expectClearLabels(shipped, rtl);
      expect(
        rtl.labels.map((l) => l.annotation),
        `${width}`,
      ).toEqual(ltr.labels.map((l) => l.annotation));
    }
  });

  it("draws spans of time as bands inside the plot", () => {
    const layout = layoutAt(shipped, 1280);
    expect(layout.eras.length).toBe(shipped.annotations?.filter((a) => a.item === undefined).length);
    for (const era of layout.eras) {
      expect(era.box.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(era.box.x + era.box.width).toBeLessThanOrEqual(layout.plot.x + layout.plot.width + 0.001);
    }
  });

  it("leaves out, when crowded, the annotations that come last by the rule: steps in order, then file order", () => {
    const first = shipped.items[0];
    if (!first) throw new Error("no items");
    // Twenty labels of one size on one mark: not all fit, and those that do are the first by the rule.
    const annotations = Array.from({ length: 20 }, (_, i) => ({
      id: `a${i}`,
      label: `Moment ${String.fromCharCode(65 + i)} of the story`,
      item: 0,
      ...(i % 2 ? { step: 20 - i } : {}),
    }));
    const crowded: TimelineView = { ...shipped, items: [first], annotations };
    const layout = layoutAt(crowded, 640);
    expect(layout.unlabelled.length).toBeGreaterThan(0);
    const byRule = annotations
      .map((a, i) => ({ i, rank: labelPriority(a, i) }))
      .sort((a, b) => a.rank - b.rank)
      .map((a) => a.i);
    expect(layout.labels.map((l) => l.annotation)).toEqual(byRule.slice(0, layout.labels.length));
    expect(byRule.slice(0, 10).every((i) => annotations[i]?.step !== undefined)).toBe(true);
    expectClearLabels(crowded, layout);
  });

  it("draws no labels and takes no room for them without annotations", () => {
    const bare: TimelineView = { ...shipped, annotations: [] };
    const { annotations: _, ...noAnnotations } = shipped;
    expect(layoutAt(bare, 375).labels).toEqual([]);
    expect(layoutAt(noAnnotations, 1280).height).toBeLessThan(layoutAt(shipped, 1280).height + 1);
  });
});
