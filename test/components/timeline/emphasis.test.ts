import { describe, expect, it } from "vitest";
import { emphasisOf } from "../../../src/components/timeline/emphasis.ts";
import { timelineModel } from "../../../src/components/timeline/model.ts";
import { dayNumber } from "../../../src/shared/timeline/days.ts";
import type { TimelineView, ViewItem } from "../../../src/shared/timeline/view.ts";

const item = (id: string, day: string): ViewItem => ({
  id,
  type: "event",
  lane: 0,
  start: dayNumber(day),
  end: dayNumber(day) + 1,
  form: "day",
  kind: 0,
});
const view: TimelineView = {
  lanes: [{ id: "firm", name: "Firm", group: "Companies" }],
  kinds: ["report"],
  items: [item("a", "2018-01-01"), item("b", "2018-06-01")],
  annotations: [
    { id: "on-b", label: "B happens", item: 1, step: 1 },
    { id: "era", label: "A span", start: dayNumber("2018-03-01"), end: dayNumber("2018-04-30") + 1 },
  ],
};
const model = timelineModel(view);

describe("emphasisOf(model, state)", () => {
  it("emphasises the key moment on the pinned item, as a story step's link pins it", () => {
    expect(emphasisOf(model, { pinned: "b" })).toBe("on-b");
    expect(emphasisOf(model, { pinned: "a" })).toBeUndefined();
  });
  it("emphasises a span of time when the range is exactly its days", () => {
    expect(emphasisOf(model, { from: "2018-03-01", to: "2018-04-30" })).toBe("era");
    expect(emphasisOf(model, { from: "2018-03-01", to: "2018-05-01" })).toBeUndefined();
    expect(emphasisOf(model, {})).toBeUndefined();
  });
});
