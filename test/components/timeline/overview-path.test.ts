import { describe, expect, it } from "vitest";
import { overviewPath, overviewScale } from "../../../src/components/timeline/overview-path.ts";
import type { TimelineView } from "../../../src/shared/timeline/view.ts";

const view: TimelineView = {
  lanes: [{ id: "a", name: "A", group: "G" }],
  kinds: ["k"],
  items: [{ id: "x", type: "event", lane: 0, start: 10, end: 11, form: "day", kind: 0 }],
};

describe("overviewScale(domain, width, dir)", () => {
  it("puts the first day on the left, or on the right when time runs right to left", () => {
    const ltr = overviewScale([0, 100], 200, "ltr");
    const rtl = overviewScale([0, 100], 200, "rtl");
    expect([ltr.x(0), ltr.x(100), ltr.x(25)]).toEqual([0, 200, 50]);
    expect([rtl.x(0), rtl.x(100), rtl.x(25)]).toEqual([200, 0, 150]);
  });
  it("reads the day back from a pointer's x, its inverse", () => {
    const rtl = overviewScale([0, 100], 200, "rtl");
    expect(rtl.day(150)).toBe(25);
    expect(rtl.day(rtl.x(60))).toBe(60);
  });
});

describe("overviewPath(view, shown, domain, width, height, dir)", () => {
  it("draws an item's bar where its day falls, from the right when time runs right to left", () => {
    expect(overviewPath(view, new Uint8Array([1]), [0, 100], 200, 36)).toMatch(/^M20,36h2/);
    expect(overviewPath(view, new Uint8Array([1]), [0, 100], 200, 36, "rtl")).toMatch(/^M178,36h2/);
  });
  it("counts only the items shown", () => {
    expect(overviewPath(view, new Uint8Array([0]), [0, 100], 200, 36)).toBe("");
  });
});
