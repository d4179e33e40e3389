import { describe, expect, it } from "vitest";
import { formatDateRange, formatPartialDate } from "../../../loaders/format/partial-date.ts";
import { inSiteLocale } from "../../../loaders/site/locale.ts";

describe("formatPartialDate(date)", () => {
  it("shows a day-precision date with day, month and year", () => {
    expect(formatPartialDate({ iso: "2018-08-06", precision: "day" })).toBe("Aug 6, 2018");
  });

  it("shows a month-precision date without inventing a day", () => {
    expect(formatPartialDate({ iso: "2018-08", precision: "month" })).toBe("August 2018");
  });

  it("shows a year-precision date as the year", () => {
    expect(formatPartialDate({ iso: "2017", precision: "year" })).toBe("2017");
  });
});

describe("formatDateRange(start, end)", () => {
  it("joins start and end with an en dash, each at its own precision", () => {
    expect(
      formatDateRange({ iso: "2017-08", precision: "month" }, { iso: "2018-08-06", precision: "day" }),
    ).toBe("August 2017 – Aug 6, 2018");
  });

  it("writes two dates of one precision as the locale writes a range", () => {
    expect(
      formatDateRange({ iso: "2018-08-06", precision: "day" }, { iso: "2018-10-02", precision: "day" }),
    ).toBe("Aug 6\u2009–\u2009Oct 2, 2018");
  });

  it("writes each date in the site's locale", () => {
    const day = { iso: "2018-08-06", precision: "day" } as const;
    expect(inSiteLocale("de-DE", () => formatPartialDate(day))).toBe("6. Aug. 2018");
    expect(inSiteLocale("fr", () => formatPartialDate(day))).toBe("6 août 2018");
    expect(inSiteLocale("en-GB", () => formatPartialDate(day))).toBe("6 Aug 2018");
    expect(inSiteLocale("fr", () => formatPartialDate({ iso: "2017-08", precision: "month" }))).toBe(
      "août 2017",
    );
  });

  it("shows one date when there is no end", () => {
    expect(formatDateRange({ iso: "2018", precision: "year" })).toBe("2018");
  });
});
