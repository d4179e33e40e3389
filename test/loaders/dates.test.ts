import { describe, expect, it } from "vitest";
import { daysInMonth, endsBefore, firstDay, lastDay, parseDate } from "../../loaders/dates.ts";
import type { PartialDate } from "../../loaders/model.ts";

const date = (iso: string) => parseDate(iso) as PartialDate;

describe("parseDate(text)", () => {
  it("reads a year, a month and a day with their precision", () => {
    expect(parseDate("2018")).toEqual({ iso: "2018", precision: "year" });
    expect(parseDate("2018-08")).toEqual({ iso: "2018-08", precision: "month" });
    expect(parseDate("2018-08-06")).toEqual({ iso: "2018-08-06", precision: "day" });
  });

  it("rejects 2018-02-30 as not a calendar date", () => {
    expect(parseDate("2018-02-30")).toEqual({ issue: "not-a-calendar-date" });
  });

  it("rejects month 13 and day 32 as not calendar dates", () => {
    expect(parseDate("2018-13")).toEqual({ issue: "not-a-calendar-date" });
    expect(parseDate("2018-01-32")).toEqual({ issue: "not-a-calendar-date" });
    expect(parseDate("2018-00-05")).toEqual({ issue: "not-a-calendar-date" });
  });

  it("accepts 29 February only in leap years", () => {
    expect(parseDate("2016-02-29")).toMatchObject({ precision: "day" });
    expect(parseDate("2000-02-29")).toMatchObject({ precision: "day" });
    expect(parseDate("1900-02-29")).toEqual({ issue: "not-a-calendar-date" });
    expect(parseDate("2018-02-29")).toEqual({ issue: "not-a-calendar-date" });
  });

  it("rejects 00 for an unknown month or day and names the honest date", () => {
    expect(parseDate("2018-08-00")).toEqual({ issue: "zero-for-unknown", instead: "2018-08" });
    expect(parseDate("2018-00-00")).toEqual({ issue: "zero-for-unknown", instead: "2018" });
    expect(parseDate("2018-00")).toEqual({ issue: "zero-for-unknown", instead: "2018" });
  });

  it("rejects other formats: slashes, names, unpadded parts, times", () => {
    for (const text of [
      "06/08/2018",
      "Aug 2018",
      "2018-8-6",
      "2018-08-06T10:00",
      "18",
      "2018-08-6",
      "２０１８",
      "",
    ]) {
      expect(parseDate(text), text).toMatchObject({ issue: "not-a-date" });
    }
  });
});

describe("daysInMonth(year, month)", () => {
  it("knows 30- and 31-day months and leap Februaries", () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2018, m))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2020, 2)).toBe(29);
  });
});

describe("firstDay(date) and lastDay(date)", () => {
  it("span the whole year or month a less precise date may mean", () => {
    expect([firstDay(date("2018")), lastDay(date("2018"))]).toEqual(["2018-01-01", "2018-12-31"]);
    expect([firstDay(date("2016-02")), lastDay(date("2016-02"))]).toEqual(["2016-02-01", "2016-02-29"]);
    expect([firstDay(date("2018-08-06")), lastDay(date("2018-08-06"))]).toEqual(["2018-08-06", "2018-08-06"]);
  });
});

describe("endsBefore(end, start)", () => {
  it("compares with precision: 2018-08 .. 2018-08-06 is fine", () => {
    expect(endsBefore(date("2018-08-06"), date("2018-08"))).toBe(false);
    expect(endsBefore(date("2018-08"), date("2018-08-31"))).toBe(false);
    expect(endsBefore(date("2018"), date("2018-12-31"))).toBe(false);
  });

  it("is true only when the end's last day precedes the start's first", () => {
    expect(endsBefore(date("2018-07-31"), date("2018-08"))).toBe(true);
    expect(endsBefore(date("2017"), date("2018-01-01"))).toBe(true);
    expect(endsBefore(date("2018-08-05"), date("2018-08-06"))).toBe(true);
  });
});
