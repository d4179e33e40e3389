import { describe, expect, it } from "vitest";
import {
  compileFigures,
  MixedUnitsError,
  sumQuantities,
  totalScope,
} from "../../../loaders/compile/figures.ts";
import { parseDate } from "../../../loaders/dates.ts";
import type { Figure, PartialDate } from "../../../loaders/model.ts";

function date(iso: string): PartialDate {
  return parseDate(iso) as PartialDate;
}

type FigureInput = Partial<Omit<Figure, "asOf">> & { asOf?: string };

let counter = 0;
function figure(fields: FigureInput & { value: number }): Figure {
  const { asOf, ...rest } = fields;
  counter += 1;
  return {
    id: `f-${counter}`,
    subject: "Users affected",
    unit: "people",
    sources: ["s"],
    extra: {},
    ...rest,
    ...(asOf ? { asOf: date(asOf) } : {}),
  };
}

const total = (value: number, more: FigureInput = {}) =>
  figure({ scope: totalScope, value, asOf: "2018-04-04", ...more });
const country = (group: string, value: number, more: FigureInput = {}) =>
  figure({ scope: "country", group, value, asOf: "2018-04-04", ...more });

describe("sumQuantities(quantities)", () => {
  it("adds quantities in one unit and keeps the unit", () => {
    expect(
      sumQuantities([
        { value: 2, unit: "people" },
        { value: 3, unit: "people" },
      ]),
    ).toEqual({ value: 5, unit: "people" });
  });
  it("refuses to add people to accounts", () => {
    expect(() =>
      sumQuantities([
        { value: 2, unit: "people" },
        { value: 3, unit: "accounts" },
      ]),
    ).toThrow(MixedUnitsError);
  });
  it("refuses to add GBP to USD, naming both units", () => {
    expect(() =>
      sumQuantities([
        { value: 500_000, unit: "GBP" },
        { value: 5e9, unit: "USD" },
      ]),
    ).toThrow(/GBP, USD/);
  });
  it("refuses an empty list, which has no unit", () => {
    expect(() => sumQuantities([])).toThrow(/at least one/);
  });
});

describe("compileFigures(figures) grouping and ranking", () => {
  it("returns nothing for no figures", () => {
    expect(compileFigures([])).toEqual({ breakdowns: [], totals: [], discrepancies: [] });
  });
  it("groups parts by subject, scope and unit and ranks them largest first", () => {
    const digest = compileFigures([country("B", 10), country("A", 30), country("C", 20)]);
    expect(digest.breakdowns).toHaveLength(1);
    const [breakdown] = digest.breakdowns;
    expect(breakdown?.parts.map((p) => [p.rank, p.group])).toEqual([
      [1, "A"],
      [2, "C"],
      [3, "B"],
    ]);
    expect(breakdown?.listed).toBe(60);
    expect(breakdown?.asOf?.iso).toBe("2018-04-04");
  });
  it("breaks ties in rank by group name", () => {
    const digest = compileFigures([country("Zambia", 5), country("Angola", 5)]);
    expect(digest.breakdowns[0]?.parts.map((p) => p.group)).toEqual(["Angola", "Zambia"]);
  });
  it("keeps separate breakdowns for separate subjects and scopes", () => {
    const digest = compileFigures([
      country("A", 1),
      country("B", 2),
      figure({ subject: "Fines", scope: "entity", group: "FTC", value: 5, unit: "USD" }),
    ]);
    expect(digest.breakdowns.map((b) => [b.subject, b.scope, b.parts.length])).toEqual([
      ["Users affected", "country", 2],
      ["Fines", "entity", 1],
    ]);
  });
  it("keeps one part per group: the latest figure of a group given at several dates", () => {
    const digest = compileFigures([
      country("A", 10, { asOf: "2017-06-30" }),
      country("A", 12, { asOf: "2019-06-30" }),
      country("B", 11, { asOf: "2019-06-30" }),
    ]);
    expect(digest.breakdowns[0]?.parts.map((p) => [p.group, p.figure.value])).toEqual([
      ["A", 12],
      ["B", 11],
    ]);
  });
  it("lists breakdowns that have a stated total first", () => {
    const digest = compileFigures([
      figure({ subject: "Other", scope: "country", group: "X", value: 1 }),
      figure({ subject: "Other", scope: "country", group: "Y", value: 1 }),
      country("A", 1),
      total(5),
    ]);
    expect(digest.breakdowns.map((b) => b.subject)).toEqual(["Users affected", "Other"]);
  });
});

describe("compileFigures(figures) shares and remainders", () => {
  it("computes each part's share of the stated total", () => {
    const [breakdown] = compileFigures([total(200), country("A", 150), country("B", 30)]).breakdowns;
    expect(breakdown?.parts.map((p) => p.share)).toEqual([0.75, 0.15]);
  });
  it("computes the remainder as total minus the listed parts, never typed in", () => {
    const [breakdown] = compileFigures([total(200), country("A", 150), country("B", 30)]).breakdowns;
    expect(breakdown?.remainder).toBe(20);
    expect(breakdown?.total?.value).toBe(200);
  });
  it("computes the remainder of the real country list: 87,000,000 − 77,140,103", () => {
    const values = [70632350, 1175870, 1096666, 1079031, 789880, 622161, 562455, 443117, 427446, 311127];
    const [breakdown] = compileFigures([
      total(87_000_000),
      ...values.map((v, i) => country(`C${i}`, v)),
    ]).breakdowns;
    expect(breakdown?.listed).toBe(77_140_103);
    expect(breakdown?.remainder).toBe(9_859_897);
  });
  it("has no shares and no remainder without a stated total", () => {
    const [breakdown] = compileFigures([country("A", 150)]).breakdowns;
    expect(breakdown?.total).toBeUndefined();
    expect(breakdown?.remainder).toBeUndefined();
    expect(breakdown?.parts[0]?.share).toBeUndefined();
  });
  it("reconciles only against a total in the same unit", () => {
    const [breakdown] = compileFigures([total(200, { unit: "accounts" }), country("A", 150)]).breakdowns;
    expect(breakdown?.total).toBeUndefined();
  });
  it("reconciles against the total of the parts' date, preferring the official estimate", () => {
    const digest = compileFigures([
      total(50, { asOf: "2018-03-17", estimate: "initial" }),
      total(30, { estimate: "reported" }),
      total(87, { estimate: "official" }),
      country("A", 70),
    ]);
    expect(digest.breakdowns[0]?.total?.value).toBe(87);
  });
});

describe("compileFigures(figures) reconciliation", () => {
  it("reports parts that add up to more than the total, with the difference", () => {
    const digest = compileFigures([total(100), country("A", 80), country("B", 40)]);
    const [breakdown] = digest.breakdowns;
    expect(breakdown?.remainder).toBeUndefined();
    expect(breakdown?.discrepancies).toEqual([
      expect.objectContaining({ kind: "parts-exceed-total", listed: 120, difference: 20 }),
    ]);
    expect(digest.discrepancies.map((d) => d.kind)).toContain("parts-exceed-total");
  });
  it("reports parts that fall short of the total, with the difference", () => {
    const digest = compileFigures([total(100), country("A", 60), country("B", 30)]);
    expect(digest.breakdowns[0]?.discrepancies).toEqual([
      expect.objectContaining({ kind: "parts-below-total", listed: 90, difference: 10 }),
    ]);
  });
  it("reports nothing when the parts add up to the total", () => {
    const digest = compileFigures([total(100), country("A", 60), country("B", 40)]);
    expect(digest.discrepancies).toEqual([]);
    expect(digest.breakdowns[0]?.remainder).toBeUndefined();
  });
  it("treats shares that add up within rounding noise as adding up", () => {
    const digest = compileFigures([
      total(0.3, { unit: "percent" }),
      country("A", 0.1, { unit: "percent" }),
      country("B", 0.2, { unit: "percent" }),
    ]);
    expect(digest.discrepancies).toEqual([]);
  });
  it("reports two sources giving different values for the same subject, scope, group and date", () => {
    const facebook = total(87_000_000, { estimate: "official", sources: ["facebook"] });
    const ca = total(30_000_000, { estimate: "reported", sources: ["ca"] });
    const digest = compileFigures([ca, facebook]);
    expect(digest.discrepancies).toEqual([
      {
        kind: "sources-disagree",
        subject: "Users affected",
        scope: "total",
        unit: "people",
        asOf: date("2018-04-04"),
        figures: [facebook, ca],
      },
    ]);
  });
  it("does not call estimates at different dates a disagreement", () => {
    const digest = compileFigures([total(50, { asOf: "2018-03-17" }), total(87)]);
    expect(digest.discrepancies).toEqual([]);
  });
  it("does not call two sources giving the same value a disagreement", () => {
    const digest = compileFigures([total(87, { sources: ["a"] }), total(87, { sources: ["b"] })]);
    expect(digest.discrepancies).toEqual([]);
  });
  it("reports a group whose sources disagree inside a breakdown", () => {
    const digest = compileFigures([country("A", 10), country("A", 12)]);
    expect(digest.discrepancies).toEqual([
      expect.objectContaining({ kind: "sources-disagree", scope: "country", group: "A" }),
    ]);
  });
  it("refuses to mix units: one subject in GBP and USD is reported and kept in two breakdowns", () => {
    const ico = figure({ subject: "Penalties", scope: "entity", group: "ICO", value: 500_000, unit: "GBP" });
    const ftc = figure({ subject: "Penalties", scope: "entity", group: "FTC", value: 5e9, unit: "USD" });
    const sec = figure({ subject: "Penalties", scope: "entity", group: "SEC", value: 1e8, unit: "USD" });
    const digest = compileFigures([ico, ftc, sec]);
    expect(digest.discrepancies).toEqual([
      {
        kind: "mixed-units",
        subject: "Penalties",
        scope: "entity",
        units: ["GBP", "USD"],
        figures: [ico, ftc, sec],
      },
    ]);
    expect(digest.breakdowns.map((b) => [b.unit, b.listed])).toEqual([
      ["USD", 5.1e9],
      ["GBP", 500_000],
    ]);
  });
  it("keeps each number's unit and as-of date on its part", () => {
    const [breakdown] = compileFigures([country("A", 10, { asOf: "2018-04" })]).breakdowns;
    expect(breakdown?.unit).toBe("people");
    expect(breakdown?.parts[0]?.figure.asOf).toEqual({ iso: "2018-04", precision: "month" });
  });
});

describe("compileFigures(figures) totals", () => {
  it("lists a subject's stated totals oldest first, undated last, and picks the headline", () => {
    const undated = total(1, { asOf: undefined });
    const digest = compileFigures([
      total(87_000_000, { estimate: "official" }),
      undated,
      total(50_000_000, { asOf: "2018-03-17", estimate: "initial" }),
      total(30_000_000, { asOf: "2017-03-30", estimate: "reported" }),
    ]);
    const [series] = digest.totals;
    expect(series?.figures.map((f) => f.value)).toEqual([30_000_000, 50_000_000, 87_000_000, 1]);
    expect(series?.headline.value).toBe(87_000_000);
  });
  it("keeps totals in different units apart", () => {
    const digest = compileFigures([total(5, { unit: "people" }), total(7, { unit: "accounts" })]);
    expect(digest.totals.map((t) => [t.unit, t.figures.length])).toEqual([
      ["people", 1],
      ["accounts", 1],
    ]);
  });
});
