import { describe, expect, it } from "vitest";
import { formatDateRange, formatPartialDate } from "../../../loaders/format/partial-date.ts";

describe("formatPartialDate(date)", () => {
  it("shows a day-precision date with day, month and year", () => {
    expect(formatPartialDate({ iso: "2018-08-06", precision: "day" })).toBe("6 Aug 2018");
  });

  it("shows a month-precision date without inventing a day", () => {
    expect(formatPartialDate({ iso: "2018-08", precision: "month" })).toBe("Aug 2018");
  });

  it("shows a year-precision date as the year", () => {
    expect(formatPartialDate({ iso: "2017", precision: "year" })).toBe("2017");
  });
});

describe("formatDateRange(start, end)", () => {
  it("joins start and end with an en dash, each at its own precision", () => {
    expect(
      formatDateRange({ iso: "2017-08", precision: "month" }, { iso: "2018-08-06", precision: "day" }),
    ).toBe("Aug 2017 – 6 Aug 2018");
  });

  it("shows one date when there is no end", () => {
    expect(formatDateRange({ iso: "2018", precision: "year" })).toBe("2018");
  });
});
