// Eras (annotations without a target, drawn as bands behind the marks) say their dates as
// honestly as items do: an approximate side soft, an open side fading past its known bound, an
// uncertain one marked; through the items' own masks and glyph, in the build-time SVG and in the
// live view (whose marks may be on canvas: the bands stay in its SVG layer).
import { describe, expect, it } from "vitest";
import { timelineView } from "../../../loaders/charts/timeline/view.ts";
import { compileTimeline } from "../../../loaders/compile/timeline.ts";
import { parseDate } from "../../../loaders/dates.ts";
import type { Annotation, PartialDate } from "../../../loaders/model.ts";
import { dayNumber } from "../../../src/shared/timeline/days.ts";
import { geometry } from "../../../src/shared/timeline/geometry.ts";
import { layoutTimeline } from "../../../src/shared/timeline/layout.ts";
import { timelineScene } from "../../../src/shared/timeline/scene.ts";
import { edgeMask } from "../../../src/shared/timeline/scene-marks.ts";
import type { SvgNode } from "../../../src/shared/timeline/scene-node.ts";
import type { TimelineView, ViewAnnotation, ViewItem } from "../../../src/shared/timeline/view.ts";
import { event, evidenceOf } from "../../loaders/compile/rows.ts";

const day = (from: string): ViewItem => ({
  id: from,
  type: "event",
  lane: 0,
  start: dayNumber(from),
  end: dayNumber(from) + 1,
  form: "day",
  kind: 0,
});
const era = (id: string, from: string, to: string, flags: Partial<ViewAnnotation> = {}): ViewAnnotation => ({
  id,
  label: `Era ${id}`,
  start: dayNumber(from),
  end: dayNumber(to) + 1,
  ...flags,
});
const view = (annotations: ViewAnnotation[]): TimelineView => ({
  lanes: [{ id: "a", name: "A", group: "Banks" }],
  kinds: ["request"],
  items: [day("2016-01-01"), day("2019-12-31")],
  annotations,
  doubtMark: "?",
});
const wide = { width: 960, orientation: "horizontal" as const };
const nodes = (node: SvgNode): SvgNode[] => [node, ...(node.children ?? []).flatMap(nodes)];
const bands = (scene: SvgNode) => nodes(scene).filter((n) => n.attrs?.class === "tl-era");

describe("viewAnnotations: an era's edges from its dates (EDTF)", () => {
  const annotation = (id: string, date: string, endDate: string): Annotation => ({
    id,
    date: parseDate(date) as PartialDate,
    endDate: parseDate(endDate) as PartialDate,
    label: id,
    sources: [],
    extra: {},
  });
  const evidence = evidenceOf({
    events: [event("e")],
    annotations: [
      annotation("firm", "2018-03-17", "2018-04-11"),
      annotation("about-start", "2017-08~", "2018-08-06"),
      annotation("about", "2017-08~", "2018-08~"),
      annotation("before", "../2018-01", "2018-08-06"),
      annotation("after", "2018-01", "2018-08/.."),
      annotation("unsure", "2018-01?", "2018-03"),
    ],
  });
  const drawn = timelineView(compileTimeline(evidence), evidence.annotations);

  it("carries the flags an item of the same dates would have", () => {
    const flags = (id: string) => {
      const {
        id: _,
        label: __,
        start: ___,
        end: ____,
        ...rest
      } = drawn.annotations?.find((a) => a.id === id) ?? {};
      return rest;
    };
    expect(flags("firm")).toEqual({});
    expect(flags("about-start")).toEqual({ softStart: true });
    expect(flags("about")).toEqual({ vague: true });
    expect(flags("before")).toEqual({ openStart: true });
    expect(flags("after")).toEqual({ openEnd: true });
    expect(flags("unsure")).toEqual({ doubt: true });
    // The glyph ships even when no item is uncertain.
    expect(drawn.doubtMark).toBe("?");
  });
});

describe("an era's band on the timeline", () => {
  it("is drawn through the mask an item with the same flags gets; a firm era through none", () => {
    const eras = [
      era("firm", "2018-03-17", "2018-04-11"),
      era("about-start", "2017-08-01", "2018-08-06", { softStart: true }),
      era("about", "2017-08-01", "2018-08-31", { vague: true }),
      era("before", "2018-01-01", "2018-08-06", { openStart: true }),
    ];
    const v = view(eras);
    for (const marks of ["each", "none"] as const) {
      const scene = timelineScene(v, layoutTimeline(v, wide), { idPrefix: "t", marks });
      expect(bands(scene).map((b) => [b.attrs?.["data-annotation"], b.attrs?.mask])).toEqual([
        ["firm", undefined],
        ["about-start", "url(#t-soft-start)"],
        ["about", "url(#t-soft)"],
        ["before", "url(#t-open-start)"],
      ]);
      expect(eras.map((e) => edgeMask(e))).toEqual([undefined, "soft-start", "soft", "open-start"]);
    }
  });

  it("reaches past an open side's known bound by the fade an item's bar has", () => {
    const firm = layoutTimeline(view([era("firm", "2018-01-01", "2018-08-06")]), wide).eras[0];
    const open = layoutTimeline(view([era("open", "2018-01-01", "2018-08-06", { openStart: true })]), wide)
      .eras[0];
    expect(open?.box.x).toBeCloseTo((firm?.box.x ?? 0) - geometry.openFade, 5);
    expect((open?.box.x ?? 0) + (open?.box.width ?? 0)).toBeCloseTo(
      (firm?.box.x ?? 0) + (firm?.box.width ?? 0),
      5,
    );
    // "Before 2018" may fall in a range that ends earlier; "from 2018" on a firm start may not.
    const earlier = { ...wide, domain: [dayNumber("2016-01-01"), dayNumber("2017-06-01")] as const };
    expect(
      layoutTimeline(view([era("open", "2018-01-01", "2018-08-06", { openStart: true })]), earlier).eras,
    ).toHaveLength(1);
    expect(layoutTimeline(view([era("firm", "2018-01-01", "2018-08-06")]), earlier).eras).toHaveLength(0);
  });

  it("marks an uncertain era with the glyph at its start's top corner, whichever way time runs", () => {
    const v = view([era("unsure", "2018-01-01", "2018-03-31", { doubt: true })]);
    for (const direction of ["ltr", "rtl"] as const) {
      const layout = layoutTimeline(v, { ...wide, direction });
      const scene = timelineScene(v, layout, { idPrefix: "t", marks: "each" });
      const glyph = nodes(scene).find((n) => n.attrs?.class === "tl-doubt");
      const box = layout.eras[0]?.box;
      expect(glyph?.text).toBe("?");
      const x = Number(glyph?.attrs?.x);
      const start = direction === "ltr" ? (box?.x ?? 0) : (box?.x ?? 0) + (box?.width ?? 0);
      expect(Math.abs(x - start)).toBeLessThan(10);
    }
    const firm = view([era("firm", "2018-01-01", "2018-03-31")]);
    const plain = timelineScene(firm, layoutTimeline(firm, wide), { idPrefix: "t", marks: "each" });
    expect(nodes(plain).some((n) => n.attrs?.class === "tl-doubt")).toBe(false);
  });
});
