// The figures compiler: the numbers of figures.csv grouped, ranked and reconciled at build time
// with arquero. Every number keeps its unit and as-of date; numbers in different units are never
// added, and where the evidence does not add up the output says so instead of hiding it.
//
//   figures ──► breakdowns  (subject × scope × unit: parts ranked, shares of the stated total,
//          │                 the remainder total − parts computed, parts vs total reconciled)
//          ├─► totals       (subject × unit: every stated total, oldest first, and the headline)
//          └─► discrepancies (parts ≠ total, sources disagreeing, one subject in several units)
import * as aq from "arquero";
import { dateKey } from "../dates.ts";
import type { Figure, PartialDate } from "../model.ts";
import { type Discrepancy, disagreements, mixedUnits } from "./figures/discrepancies.ts";
import {
  asOfKey,
  differ,
  type FigureRow,
  figureTable,
  type Grouped,
  groupBy,
  preferred,
} from "./figures/figure-table.ts";
import { sumQuantities, totalScope } from "./figures/quantity.ts";

export type { Discrepancy } from "./figures/discrepancies.ts";
export { MixedUnitsError, type Quantity, sumQuantities, totalScope } from "./figures/quantity.ts";

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

export interface FiguresDigest {
  /** Breakdowns with a stated total first, then by number of parts, most first. */
  breakdowns: Breakdown[];
  /** Subjects with more stated totals first. */
  totals: TotalSeries[];
  discrepancies: Discrepancy[];
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
    const total = preferred(totalsBySubject.get(`${subject}\u0000${unit}`) ?? [], asOf && dateKey(asOf));
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
