import { describe, expect, it } from "vitest";
import { timelineView, viewJson } from "../../../../loaders/charts/timeline/view.ts";
import { compileTimeline } from "../../../../loaders/compile/timeline.ts";
import { loadEvidence } from "../../../../loaders/evidence.ts";
import { dayNumber } from "../../../../src/shared/timeline/days.ts";
import { type PackedView, unpackView } from "../../../../src/shared/timeline/view.ts";

const timeline = compileTimeline(loadEvidence("test/fixtures/evidence/minimal"));

describe("timelineView(timeline)", () => {
  it("keeps every item, in the same order, with its lane as an index", () => {
    const view = timelineView(timeline);
    expect(view.items.map((i) => i.id)).toEqual(timeline.items.map((i) => i.id));
    expect(view.items.map((i) => view.lanes[i.lane]?.id)).toEqual(timeline.items.map((i) => i.lane));
  });

  it("gives days as day numbers, the end being the day after the last", () => {
    const [period] = timelineView(timeline).items;
    expect(period).toMatchObject({
      start: dayNumber("2018-08-01"),
      end: dayNumber("2018-08-07"),
      form: "period",
      vague: true,
      status: "reported",
    });
  });

  it("lists the other lanes an item involves, not its own", () => {
    const shipped = compileTimeline(loadEvidence("data"));
    const view = timelineView(shipped);
    shipped.items.forEach((item, i) => {
      const links = view.items[i]?.links ?? [];
      expect(links.map((l) => view.lanes[l]?.id)).toEqual(item.lanes.slice(1));
    });
  });

  it("ships no text from the data but lane names and kinds", () => {
    const json = JSON.stringify(timelineView(timeline));
    expect(json).not.toContain("Example Bank is asked");
    expect(json).toContain("Example Bank");
  });
});

describe("viewJson(view)", () => {
  it("packs the shipped evidence's view into JSON that unpacks to the same view", () => {
    const view = timelineView(compileTimeline(loadEvidence("data")));
    expect(unpackView(JSON.parse(viewJson(view)) as PackedView)).toEqual(view);
  });

  it("is much smaller than one object per item", () => {
    const view = timelineView(compileTimeline(loadEvidence("data")));
    expect(viewJson(view).length).toBeLessThan(JSON.stringify(view).length * 0.6);
  });

  it("is JSON with no <, $ or backtick, safe inside a script element of a Framework page", () => {
    const view = timelineView(timeline);
    const lane = view.lanes[0];
    if (lane) lane.name = "</script><b>${x}</b> `y` & z";
    const json = viewJson(view);
    expect(json).not.toMatch(/[<>$`]/);
    expect(unpackView(JSON.parse(json) as PackedView)).toEqual(view);
  });
});
