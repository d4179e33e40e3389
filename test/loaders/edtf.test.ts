import { describe, expect, it } from "vitest";
import {
  dateKey,
  endsBefore,
  firstDay,
  isOpenEnd,
  isOpenStart,
  lastDay,
  machineDate,
  mayBeFrom,
  parseDate,
  plainBounds,
} from "../../loaders/dates.ts";
import * as message from "../../loaders/messages.ts";
import type { PartialDate } from "../../loaders/model.ts";
import { Invalid, readCell } from "../../loaders/validate/cell.ts";

const date = (text: string) => parseDate(text) as PartialDate;
const days = (text: string) => [firstDay(date(text)), lastDay(date(text))];

describe("parseDate(text) for EDTF level 1", () => {
  it("reads approximate, uncertain and both on a day, a month or a year", () => {
    expect(parseDate("2018-08~")).toEqual({
      iso: "2018-08~",
      precision: "month",
      edtf: {
        interval: false,
        start: { iso: "2018-08", precision: "month", approximate: true },
        end: { iso: "2018-08", precision: "month", approximate: true },
      },
    });
    expect(date("2018-08?").edtf?.start).toEqual({ iso: "2018-08", precision: "month", uncertain: true });
    expect(date("2018%").edtf?.start).toEqual({
      iso: "2018",
      precision: "year",
      approximate: true,
      uncertain: true,
    });
    expect(date("2018-08-06~")).toMatchObject({ precision: "day", edtf: { start: { iso: "2018-08-06" } } });
  });

  it("reads unspecified digits as the span they leave open", () => {
    expect(date("201X").edtf?.start).toEqual({ iso: "2010", precision: "year", years: 10 });
    expect(date("20XX").edtf?.start).toEqual({ iso: "2000", precision: "year", years: 100 });
    expect(date("2018-XX").edtf?.start).toEqual({ iso: "2018", precision: "year" });
    expect(date("2018-08-XX").edtf?.start).toEqual({ iso: "2018-08", precision: "month" });
    expect(days("201X")).toEqual(["2010-01-01", "2019-12-31"]);
    expect(days("2018-08-XX")).toEqual(["2018-08-01", "2018-08-31"]);
  });

  it("reads intervals, their sides qualified or open", () => {
    expect(date("2017-08/2018-08")).toMatchObject({
      precision: "month",
      edtf: { interval: true, start: { iso: "2017-08" }, end: { iso: "2018-08" } },
    });
    expect(days("2017-08~/2018-08-06")).toEqual(["2017-08-01", "2018-08-06"]);
    expect(date("2017-08~/2018-08-06").edtf?.start?.approximate).toBe(true);
    const before = date("../2018-08-06");
    expect(before.edtf).toEqual({ interval: true, end: { iso: "2018-08-06", precision: "day" } });
    expect([isOpenStart(before), isOpenEnd(before)]).toEqual([true, false]);
    expect(days("../2018-08-06")).toEqual(["2018-08-06", "2018-08-06"]);
    const after = date("2018-08-06/..");
    expect([isOpenStart(after), isOpenEnd(after), after.precision]).toEqual([false, true, "day"]);
  });

  it("keeps the plain forms plain: no EDTF parts, as before", () => {
    expect(parseDate("2018-08")).toEqual({ iso: "2018-08", precision: "month" });
    expect(parseDate("2018-08-06")).toEqual({ iso: "2018-08-06", precision: "day" });
  });

  it("says what is wrong with a bad form", () => {
    expect(parseDate("2018-08~~")).toEqual({ issue: "not-a-date", at: 9 });
    expect(parseDate("2018-8~")).toMatchObject({ issue: "not-a-date", at: 6 });
    expect(parseDate("2018-02-29?")).toEqual({ issue: "not-a-calendar-date" });
    expect(parseDate("2018-02-30~")).toEqual({ issue: "not-a-calendar-date" });
    expect(parseDate("2018-13/2019")).toEqual({ issue: "not-a-calendar-date" });
    expect(parseDate("2018-08-00/2019")).toEqual({ issue: "zero-for-unknown", instead: "2018-08" });
    expect(parseDate("2018/2017")).toEqual({ issue: "ends-before-it-begins" });
    expect(parseDate("/2018-08-06")).toEqual({ issue: "empty-side" });
    expect(parseDate("2018-08-06/")).toEqual({ issue: "empty-side" });
    expect(parseDate("../..")).toEqual({ issue: "says-nothing" });
    expect(parseDate("XXXX")).toEqual({ issue: "says-nothing" });
    expect(parseDate("2018-21")).toEqual({ issue: "season" });
  });
});

describe("readCell(column, raw) for EDTF dates", () => {
  const problem = (text: string) => {
    const value = readCell({ name: "date", type: "date" } as never, text);
    return value instanceof Invalid ? value.message : undefined;
  };

  it("names the character the grammar stopped at, and lists the valid forms", () => {
    expect(problem("2018-08~~")).toBe(message.notADate("date", "2018-08~~", 9));
    expect(problem("2018-08~~")).toContain('unexpected "~" at character 9');
    expect(problem("2018-08~~")).toContain("../2018-08-06 (before)");
    expect(problem("2018-08-06/..")).toBeUndefined();
  });

  it("says what to write instead", () => {
    expect(problem("2018/2017")).toBe(message.intervalBackwards("date", "2018/2017"));
    expect(problem("/2018-08-06")).toContain('"../2018-08-06" (before)');
    expect(problem("2018-21")).toContain('"2018-03/2018-05"');
    expect(problem("../..")).toBe(message.dateSaysNothing("date", "../.."));
  });
});

describe("the order and range rule for uncertain dates", () => {
  const sorted = (texts: string[]) =>
    texts
      .map(date)
      .sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0))
      .map((d) => d.iso);

  it("sorts by first possible day, an open start first, less precise first, then last day", () => {
    expect(
      sorted([
        "2018-08-06",
        "../2018-08-06",
        "2018-08",
        "2018",
        "2017-08~/2018-08-06",
        "201X",
        "2018-08-06/..",
      ]),
    ).toEqual([
      "201X",
      "2017-08~/2018-08-06",
      "2018",
      "2018-08",
      "../2018-08-06",
      "2018-08-06",
      "2018-08-06/..",
    ]);
  });

  it("keeps the plain forms in their text order", () => {
    expect(sorted(["2018-08-06", "2018-09", "2018", "2018-08", "2017-12-31"])).toEqual([
      "2017-12-31",
      "2018",
      "2018-08",
      "2018-08-06",
      "2018-09",
    ]);
  });

  it("counts a date from a day when any day it may mean is on or after it", () => {
    expect(mayBeFrom(date("2017-08~/2018-08-06"), "2018")).toBe(true);
    expect(mayBeFrom(date("../2016"), "2017")).toBe(false);
    expect(mayBeFrom(date("2016/.."), "2030")).toBe(true);
    expect(mayBeFrom(date("2016"), "2017")).toBe(false);
  });

  it("never says an open side ends before another date begins", () => {
    expect(endsBefore(date("2018-07"), date("../2018-08-06"))).toBe(false);
    expect(endsBefore(date("2017/.."), date("2018"))).toBe(false);
    expect(endsBefore(date("2017~"), date("2018"))).toBe(true);
  });

  it("gives HTML a datetime only for one calendar date, and JSON-LD the plain bounds", () => {
    expect(machineDate(date("2018-08~"))).toBe("2018-08");
    expect(machineDate(date("../2018-08-06"))).toBeUndefined();
    expect(machineDate(date("201X"))).toBeUndefined();
    expect(plainBounds(date("2017-08~/2018-08-06"))).toEqual(["2017-08", "2018-08-06"]);
    expect(plainBounds(date("../2018-08-06"))).toEqual(["2018-08-06"]);
  });
});
