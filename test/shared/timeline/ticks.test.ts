import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { timeTicks } from "../../../src/shared/timeline/ticks.ts";

const across = (from: string, to: string) =>
  scaleUtc()
    .domain([new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)])
    .range([0, 900]);

describe("timeTicks(scale, count, tag)", () => {
  it("writes whole years as years and whole months as the month's name, in the site's language", () => {
    const scale = across("2017-07-01", "2018-07-01");
    const labels = (tag: string) => timeTicks(scale, 6, tag).map((t) => t.label);
    expect(labels("en-US")).toEqual(["July", "October", "2018", "April", "July"]);
    expect(labels("de-DE")).toEqual(["Juli", "Oktober", "2018", "April", "Juli"]);
    expect(labels("fr-FR")[1]).toBe("octobre");
  });
  it("writes days as the locale writes a short day", () => {
    const ticks = timeTicks(across("2018-08-01", "2018-08-20"), 4, "de-DE");
    expect(ticks.map((t) => t.label)).toEqual(["5. Aug.", "12. Aug.", "19. Aug."]);
    expect(timeTicks(across("2018-08-01", "2018-08-20"), 4).map((t) => t.label)).toContain("Aug 12");
  });
  it("places each tick where the scale puts its date", () => {
    const scale = across("2016-01-01", "2020-01-01");
    for (const tick of timeTicks(scale, 4, "ar")) expect(tick.at).toBeGreaterThanOrEqual(0);
    expect(timeTicks(scale, 4, "ar").map((t) => t.at)).toEqual(scale.ticks(4).map((d) => scale(d)));
  });
});
