// The items as columns (columns.ts) must say what the items say, and what reads them must
// decide as a reading of the items would: checked on random views.
import { describe, expect, it } from "vitest";
import { shownItems, timelineModel } from "../../../src/components/timeline/model.ts";
import { edge, formCode, itemColumns } from "../../../src/shared/timeline/columns.ts";
import { layoutTimeline } from "../../../src/shared/timeline/layout.ts";
import type { ItemForm, TimelineView, ViewItem } from "../../../src/shared/timeline/view.ts";

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const forms: ItemForm[] = ["day", "period", "uncertain"];
const flagNames = ["vague", "softStart", "softEnd", "openStart", "openEnd", "doubt"] as const;

function randomView(seed: number, count = 300): TimelineView {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const lanes = Array.from({ length: 7 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, group: `g${i % 3}` }));
  const items: ViewItem[] = [];
  let day = 17_000;
  for (let i = 0; i < count; i++) {
    day += pick(4);
    const item: ViewItem = {
      id: `i${i}`,
      type: next() < 0.1 ? "statement" : "event",
      lane: pick(lanes.length),
      start: day,
      end: day + 1 + (next() < 0.3 ? pick(90) : 0),
      form: forms[pick(3)] as ItemForm,
      status: ["confirmed", "reported", "disputed", "denied", undefined][pick(5)],
      kind: pick(3),
    };
    for (const flag of flagNames) if (next() < 0.08) item[flag] = true;
    if (next() < 0.35) item.links = Array.from({ length: 1 + pick(3) }, () => pick(lanes.length));
    items.push(item);
  }
  return { lanes, kinds: ["a", "b", "c"], items };
}

describe("itemColumns(view)", () => {
  it("holds each item's days, lane, kind, form, edge flags and linked lanes", () => {
    for (const seed of [1, 2, 3]) {
      const view = randomView(seed);
      const c = itemColumns(view);
      view.items.forEach((item, i) => {
        expect([c.start[i], c.end[i], c.lane[i], c.kind[i]]).toEqual([
          item.start,
          item.end,
          item.lane,
          item.kind,
        ]);
        expect(c.form[i]).toBe(formCode[item.form]);
        for (const flag of flagNames)
          expect(((c.flags[i] ?? 0) & edge[flag]) !== 0).toBe(item[flag] === true);
        expect([...c.linkLanes.subarray(c.linkStart[i], c.linkStart[i + 1])]).toEqual(item.links ?? []);
      });
    }
  });
});

describe("shownItems(model, state) on random views", () => {
  it("shows an item when its kind is chosen and its lane, or a lane it links to, is", () => {
    for (const seed of [4, 5, 6, 7]) {
      const view = randomView(seed);
      const next = random(seed * 31);
      const actors = view.lanes.filter(() => next() < 0.4).map((lane) => lane.id);
      const kinds = view.kinds.filter(() => next() < 0.6);
      const lanes = new Set(actors.map((id) => view.lanes.findIndex((lane) => lane.id === id)));
      const wanted = view.items.map(
        (item) =>
          kinds.includes(view.kinds[item.kind] as string) &&
          (lanes.has(item.lane) || (item.links ?? []).some((lane) => lanes.has(lane))),
      );
      const { mask, count } = shownItems(timelineModel(view), { actors, kinds });
      expect([...mask].map((shown) => shown === 1)).toEqual(wanted);
      expect(count).toBe(wanted.filter(Boolean).length);
    }
  });
});

describe("layoutTimeline(view, options) on random views", () => {
  it("lays out the same with the filters as a mask as with them as a test", () => {
    for (const seed of [8, 9]) {
      const view = randomView(seed);
      const next = random(seed * 7);
      const mask = new Uint8Array(view.items.length).map(() => (next() < 0.7 ? 1 : 0));
      for (const width of [360, 960]) {
        const byTest = layoutTimeline(view, { width, shown: (_item, i) => mask[i] === 1 });
        const byMask = layoutTimeline(view, { width, shownMask: mask });
        expect({ ...byMask, marks: [...byMask.marks] }).toEqual({ ...byTest, marks: [...byTest.marks] });
      }
    }
  });

  it("links each item to every other band it involves once, in the order of its links", () => {
    for (const seed of [10, 11]) {
      const view = randomView(seed);
      for (const orientation of ["horizontal", "vertical"] as const) {
        const layout = layoutTimeline(view, { width: 960, orientation, timeLength: 1200 });
        const bandOf = (lane: number) => layout.lanes.findIndex((band) => band.lanes.includes(lane));
        const centre = (band: number) => {
          const placed = layout.lanes[band];
          return placed ? placed.start + placed.size / 2 : Number.NaN;
        };
        const expected = [...layout.marks].flatMap((mark) => {
          const item = view.items[mark.index] as ViewItem;
          const own = bandOf(item.lane);
          const others = [...new Set((item.links ?? []).map(bandOf))].filter((b) => b >= 0 && b !== own);
          return others.length ? [{ index: mark.index, at: others.map(centre) }] : [];
        });
        const drawn = [...layout.links].map((link) => ({
          index: link.index,
          at: link.dots.map((dot) => (orientation === "vertical" ? dot.x : dot.y)),
        }));
        expect(drawn).toEqual(expected);
      }
    }
  });
});
