import { describe, expect, it } from "vitest";
import { dayNumber, isoDay, yearOf } from "../../../src/shared/timeline/days.ts";

describe("dayNumber(iso) and isoDay(day)", () => {
  it("counts days since 1970-01-01 in UTC", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2018-08-06")).toBe(17749);
  });
  it("round-trips an ISO day", () => {
    expect(isoDay(dayNumber("2016-02-29"))).toBe("2016-02-29");
  });
});

describe("yearOf(item)", () => {
  it("lists an item under the year of its first day", () => {
    expect(yearOf({ start: dayNumber("2017-12-31") })).toBe("2017");
  });
});
