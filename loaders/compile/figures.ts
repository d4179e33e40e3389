// The figures compiler: the numbers of figures.csv grouped, ranked and reconciled at build time
// with arquero. Every number keeps its unit and as-of date; numbers in different units are never
// added, and where the evidence does not add up the output says so instead of hiding it.
//
//   figures ──► breakdowns  (subject × scope × unit: parts ranked, shares of the stated total,
//          │                 the remainder total − parts computed, parts vs total reconciled)
//          ├─► totals       (subject × unit: every stated total, oldest first, and the headline)
//          └─► discrepancies (parts ≠ total, sources disagreeing, one subject in several units)
import * as aq from "arquero";
import type { FigureEstimate } from "../../src/shared/enums.ts";
import type { Figure, PartialDate } from "../model.ts";

/** The scope of a figure that is the whole (other scopes, such as country, are breakdown levels). */
export const totalScope = "total";

export interface Quantity {
  value: number;
  unit: string;
}

/** Thrown where code would add numbers in different units (people to accounts, GBP to USD). */
export class MixedUnitsError extends Error {
  override name = "MixedUnitsError";
  constructor(readonly units: readonly string[]) {
    super(`refusing to add numbers in different units (${units.join(", ")}); keep them apart`);
  }
}

/** The sum of quantities in one unit; throws MixedUnitsError for mixed units and on an empty list. */
export function sumQuantities(quantities: readonly Quantity[]): Quantity {
  const units = [...new Set(quantities.map((q) => q.unit))];
  if (units.length > 1) throw new MixedUnitsError(units);
  const [unit] = units;
  if (unit === undefined) throw new Error("nothing to add: a sum needs at least one quantity and its unit");
  return { value: quantities.reduce((sum, q) => sum + q.value, 0), unit };
}

/** One part of a breakdown: its figure, its rank (1 = largest) and its share of the total. */
export interface Part {
  figure: Figure;
  group: string;
  rank: number;
  /** value / total, 0–1; only when the breakdown has a stated total. */
  share?: number;
}

/** A subject broken down within one scope (e.g. by country), in one unit. */
export interface Breakdown {
  subject: string;
  scope: string;
  unit: string;
  /** The parts' as-of date when they all share one. */
  asOf?: PartialDate;
  /** One part per group, largest first (a group given several times keeps its latest figure). */
  parts: Part[];
  /** The sum of the parts. */
  listed: number;
  /** The stated total the parts are reconciled against (same subject and unit, scope "total"). */
  total?: Figure;
  /** total − listed, when the parts fall short of the total: what the listing leaves out. */
  remainder?: number;
  /** What does not add up in this breakdown (also listed in the digest's discrepancies). */
  discrepancies: Discrepancy[];
}

/** Every stated total of one subject in one unit. */
export interface TotalSeries {
  subject: string;
  unit: string;
  /** Oldest first; figures without a date come last. */
  figures: Figure[];
  /** The total a page should lead with: the preferred estimate, then the latest. */
  headline: Figure;
}

export type Discrepancy =
  | {
      kind: "parts-exceed-total" | "parts-below-total";
      subject: string;
      scope: string;
      unit: string;
      listed: number;
      total: Figure;
      parts: Figure[];
      /** |listed − total| */
      difference: number;
    }
  | {
      kind: "sources-disagree";
      subject: string;
      scope?: string;
      group?: string;
      unit: string;
      asOf?: PartialDate;
      /** The disagreeing figures, largest first. */
      figures: Figure[];
    }
  | {
      kind: "mixed-units";
      subject: string;
      scope?: string;
      units: string[];
      figures: Figure[];
    };

export interface FiguresDigest {
  /** Breakdowns with a stated total first, then by number of parts, most first. */
  breakdowns: Breakdown[];
  /** Subjects with more stated totals first. */
  totals: TotalSeries[];
  discrepancies: Discrepancy[];
}

/** Which estimate leads when several are stated for the same thing: lower is preferred. */
const estimatePreference: Record<FigureEstimate | "none", number> = {
  official: 0,
  revised: 1,
  initial: 2,
  none: 3,
  reported: 4,
};

function preference(figure: Figure): number {
  return estimatePreference[figure.estimate ?? "none"];
}

/** Values that differ by more than rounding noise. */
function differ(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
}

const asOfKey = (figure: Figure) => figure.asOf?.iso ?? "";

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The preferred figure: preferred estimate, then the latest date, then the file order. */
function preferred(figures: readonly Figure[], sameDateAs?: string): Figure | undefined {
  return [...figures].sort(
    (a, b) =>
      Number(sameDateAs !== undefined && asOfKey(b) === sameDateAs) -
        Number(sameDateAs !== undefined && asOfKey(a) === sameDateAs) ||
      preference(a) - preference(b) ||
      (asOfKey(a) < asOfKey(b) ? 1 : asOfKey(a) > asOfKey(b) ? -1 : 0),
  )[0];
}

interface FigureRow {
  i: number;
  subject: string;
  scope: string;
  group: string;
  unit: string;
  asOf: string;
  value: number;
}

function figureTable(figures: readonly Figure[]) {
  return aq.from(
    figures.map(
      (f, i): FigureRow => ({
        i,
        subject: f.subject,
        scope: f.scope ?? "",
        group: f.group ?? "",
        unit: f.unit,
        asOf: asOfKey(f),
        value: f.value,
      }),
    ),
  );
}

type Grouped = { subject: string; scope: string; unit: string; rows: number[] };

/** Several units under one subject and scope: reported, and each unit kept apart downstream. */
function mixedUnits(figures: readonly Figure[], table: ReturnType<typeof figureTable>): Discrepancy[] {
  const groups = table
    .groupby("subject", "scope")
    .rollup({ units: aq.op.array_agg_distinct("unit"), rows: aq.op.array_agg("i") })
    .filter((d: { units: string[] }) => d.units.length > 1)
    .objects() as { subject: string; scope: string; units: string[]; rows: number[] }[];
  return groups.map((g) => ({
    kind: "mixed-units",
    subject: g.subject,
    ...(g.scope ? { scope: g.scope } : {}),
    units: [...g.units].sort(),
    figures: g.rows.map((i) => figures[i] as Figure),
  }));
}

/** Different values for the same subject, scope, group, unit and date: sources disagree. */
function disagreements(figures: readonly Figure[], table: ReturnType<typeof figureTable>): Discrepancy[] {
  const groups = table
    .groupby("subject", "scope", "group", "unit", "asOf")
    .rollup({ rows: aq.op.array_agg("i"), min: aq.op.min("value"), max: aq.op.max("value") })
    .objects() as (Grouped & { group: string; asOf: string; min: number; max: number })[];
  return groups
    .filter((g) => differ(g.min, g.max))
    .map((g) => {
      const members = g.rows.map((i) => figures[i] as Figure).sort((a, b) => b.value - a.value);
      const asOf = members[0]?.asOf;
      return {
        kind: "sources-disagree",
        subject: g.subject,
        ...(g.scope ? { scope: g.scope } : {}),
        ...(g.group ? { group: g.group } : {}),
        unit: g.unit,
        ...(asOf ? { asOf } : {}),
        figures: members,
      };
    });
}

/** The parts' shared date, if they share one. */
function sharedDate(parts: readonly Figure[]): PartialDate | undefined {
  const first = parts[0]?.asOf;
  return first && parts.every((p) => p.asOf?.iso === first.iso) ? first : undefined;
}

function reconcile(
  subject: string,
  scope: string,
  unit: string,
  parts: readonly Figure[],
  total: Figure,
): Discrepancy | undefined {
  const listed = sumQuantities(parts).value;
  if (!differ(listed, total.value)) return undefined;
  return {
    kind: listed > total.value ? "parts-exceed-total" : "parts-below-total",
    subject,
    scope,
    unit,
    listed,
    total,
    parts: [...parts],
    difference: Math.abs(listed - total.value),
  };
}

function breakdowns(figures: readonly Figure[], table: ReturnType<typeof figureTable>): Breakdown[] {
  const groups = table
    .params({ totalScope })
    .filter((d: FigureRow, $: { totalScope: string }) => d.scope !== "" && d.scope !== $.totalScope)
    .filter((d: FigureRow) => d.group !== "")
    .groupby("subject", "scope", "unit")
    .rollup({ rows: aq.op.array_agg("i") })
    .objects() as Grouped[];
  const totalsBySubject = groupBy(
    figures.filter((f) => f.scope === totalScope),
    (f) => `${f.subject}\u0000${f.unit}`,
  );
  return groups.map(({ subject, scope, unit, rows }) => {
    const members = rows.map((i) => figures[i] as Figure);
    // A group given more than once (several dates, or sources disagreeing) is one part: its preferred figure.
    const byGroup = groupBy(members, (f) => f.group as string);
    const latest = [...byGroup.values()].map((list) => {
      const newest = list.reduce((a, b) => (asOfKey(b) > asOfKey(a) ? b : a));
      return preferred(list, asOfKey(newest)) as Figure;
    });
    const ranked = aq
      .from(latest.map((f, i) => ({ i, group: f.group as string, value: f.value })))
      .orderby(aq.desc("value"), "group")
      .derive({ rank: () => aq.op.row_number() })
      .objects() as { i: number; group: string; rank: number }[];
    const ordered = ranked.map((r) => ({ figure: latest[r.i] as Figure, group: r.group, rank: r.rank }));
    const asOf = sharedDate(latest);
    const total = preferred(totalsBySubject.get(`${subject}\u0000${unit}`) ?? [], asOf?.iso);
    const listed = sumQuantities(latest).value;
    const discrepancy = total ? reconcile(subject, scope, unit, latest, total) : undefined;
    const parts: Part[] = ordered.map((p) =>
      total?.value ? { ...p, share: p.figure.value / total.value } : p,
    );
    return {
      subject,
      scope,
      unit,
      ...(asOf ? { asOf } : {}),
      parts,
      listed,
      ...(total ? { total } : {}),
      ...(total && total.value > listed && differ(total.value, listed)
        ? { remainder: total.value - listed }
        : {}),
      discrepancies: discrepancy ? [discrepancy] : [],
    };
  });
}

function totals(figures: readonly Figure[], table: ReturnType<typeof figureTable>): TotalSeries[] {
  const groups = table
    .params({ totalScope })
    .filter((d: FigureRow, $: { totalScope: string }) => d.scope === $.totalScope)
    .groupby("subject", "unit")
    .rollup({ rows: aq.op.array_agg("i") })
    .objects() as Grouped[];
  return groups.map(({ subject, unit, rows }) => {
    const members = [...rows].sort((a, b) => a - b).map((i) => figures[i] as Figure);
    const dated = members
      .filter((f) => f.asOf)
      .sort((a, b) => (asOfKey(a) < asOfKey(b) ? -1 : asOfKey(a) > asOfKey(b) ? 1 : 0));
    return {
      subject,
      unit,
      figures: [...dated, ...members.filter((f) => !f.asOf)],
      headline: preferred(members) as Figure,
    };
  });
}

/** Compiles the figures of the evidence: breakdowns, totals and every discrepancy found. */
export function compileFigures(figures: readonly Figure[]): FiguresDigest {
  if (!figures.length) return { breakdowns: [], totals: [], discrepancies: [] };
  const table = figureTable(figures);
  const found = breakdowns(figures, table).sort(
    (a, b) => Number(!!b.total) - Number(!!a.total) || b.parts.length - a.parts.length,
  );
  const series = totals(figures, table).sort((a, b) => b.figures.length - a.figures.length);
  return {
    breakdowns: found,
    totals: series,
    discrepancies: [
      ...found.flatMap((b) => b.discrepancies),
      ...disagreements(figures, table),
      ...mixedUnits(figures, table),
    ],
  };
}
