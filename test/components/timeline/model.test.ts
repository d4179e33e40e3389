import { describe, expect, it } from "vitest";
import { makePageLocale } from "../../../src/components/locale.ts";
import { rangeText, shownItems, timelineModel, visibleDays } from "../../../src/components/timeline/model.ts";
import { de } from "../../../src/shared/locale/catalogues/de/index.ts";
import { en } from "../../../src/shared/locale/catalogues/en/index.ts";
import { dayNumber } from "../../../src/shared/timeline/days.ts";
import type { TimelineView, ViewItem } from "../../../src/shared/timeline/view.ts";

const item = (id: string, day: string, lane: number, kind: number, links?: number[]): ViewItem => ({
  id,
  type: "event",
  lane,
  start: dayNumber(day),
  end: dayNumber(day) + 1,
  form: "day",
  kind,
  ...(links ? { links } : {}),
});
const view: TimelineView = {
  lanes: [
    { id: "firm", name: "Firm", group: "Companies" },
    { id: "bank", name: "Bank", group: "Banks" },
  ],
  kinds: ["request", "report"],
  items: [item("a", "2018-01-01", 0, 0), item("b", "2018-06-01", 1, 1), item("c", "2019-01-01", 0, 1, [1])],
};
const model = timelineModel(view);

describe("shownItems(model, state)", () => {
  it("shows every item without filters", () => {
    expect(shownItems(model, {}).count).toBe(3);
  });
  it("shows an actor's items, and items linked to its lane", () => {
    const { shown, count } = shownItems(model, { actors: ["bank"] });
    expect(count).toBe(2);
    expect(view.items.map((it, i) => shown(it, i))).toEqual([false, true, true]);
  });
  it("shows only the chosen kinds", () => {
    expect(shownItems(model, { kinds: ["request"] }).count).toBe(1);
  });
});

describe("visibleDays(model, state) and rangeText(model, state)", () => {
  it("spans the whole extent, and says the data's own first and last day, unless zoomed", () => {
    expect(visibleDays(model, {})).toEqual(model.extent);
    expect(rangeText(model, {}, makePageLocale("en-US", en))).toBe("Jan 1, 2018 to Jan 1, 2019");
  });
  it("spans the state's from and to, both days included", () => {
    expect(visibleDays(model, { from: "2018-03-01", to: "2018-03-31" })).toEqual([
      dayNumber("2018-03-01"),
      dayNumber("2018-04-01"),
    ]);
    const march = { from: "2018-03-01", to: "2018-03-31" };
    expect(rangeText(model, march, makePageLocale("en-US", en))).toBe("Mar 1, 2018 to Mar 31, 2018");
    expect(rangeText(model, march, makePageLocale("de-DE", de))).toBe("1. März 2018 bis 31. März 2018");
  });
});
