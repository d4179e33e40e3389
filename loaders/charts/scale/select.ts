// Which figures each scale chart shows, chosen by rules over the compiled figures — never by
// naming a subject — so another investigation's figures.csv gets the same charts.

import type { ActorKind } from "../../../src/shared/enums.ts";
import {
  type Breakdown,
  compileFigures,
  type FiguresDigest,
  type TotalSeries,
} from "../../compile/figures.ts";
import type { Evidence, Figure } from "../../model.ts";

/** Scope of figures about named organisations (banks, regulators…), charted "for scale". */
export const entityScope = "entity";

export function digest(evidence: Evidence): FiguresDigest {
  return compileFigures(evidence.figures);
}

/** The breakdown to lead with: one with a stated total, most parts first (not a percent breakdown). */
export function mainBreakdown(d: FiguresDigest): Breakdown | undefined {
  return d.breakdowns.find((b) => b.unit !== "percent" && b.scope !== entityScope);
}

/** The headline total: the main breakdown's total, else the largest headline of any subject. */
export function headlineTotal(d: FiguresDigest): Figure | undefined {
  const main = mainBreakdown(d);
  if (main?.total) return main.total;
  return d.totals
    .map((t) => t.headline)
    .filter((f) => f.unit !== "percent")
    .sort((a, b) => b.value - a.value)[0];
}

/**
 * The smaller number the headline is set against: a stated total of another subject in the same
 * unit, smaller than the headline — of the headline's date if there is one, the smallest first.
 */
export function comparedTotal(d: FiguresDigest, headline: Figure): Figure | undefined {
  const sameDate = (f: Figure) => f.asOf?.iso !== undefined && f.asOf.iso === headline.asOf?.iso;
  return d.totals
    .filter((t) => t.subject !== headline.subject && t.unit === headline.unit)
    .map((t) => t.headline)
    .filter((f) => f.value > 0 && f.value < headline.value)
    .sort((a, b) => Number(sameDate(b)) - Number(sameDate(a)) || a.value - b.value)[0];
}

/** The estimates of the headline's subject over time, or of the subject with most estimates. */
export function estimateSeries(d: FiguresDigest): TotalSeries | undefined {
  const headline = headlineTotal(d);
  const own = d.totals.find((t) => t.subject === headline?.subject && t.unit === headline?.unit);
  if (own && own.figures.length > 1) return own;
  return d.totals.find((t) => t.figures.length > 1);
}

/** One panel of a "for scale" chart: the figures of one subject in one unit, in file order. */
export interface Panel {
  subject: string;
  unit: string;
  figures: Figure[];
  /** True for the headline total, shown first as the number the others are set against. */
  headline: boolean;
}

/** Panels of entity figures whose unit passes `keep`, in the order the evidence lists them. */
export function entityPanels(evidence: Evidence, keep: (unit: string) => boolean): Panel[] {
  const panels = new Map<string, Panel>();
  for (const figure of evidence.figures) {
    if (figure.scope !== entityScope || !keep(figure.unit) || figure.unit === "percent") continue;
    const key = `${figure.subject}\u0000${figure.unit}`;
    const panel = panels.get(key) ?? {
      subject: figure.subject,
      unit: figure.unit,
      figures: [],
      headline: false,
    };
    panel.figures.push(figure);
    panels.set(key, panel);
  }
  return [...panels.values()];
}

/** Actors of a kind (e.g. banks) no figure names as its group: what the evidence lacks numbers for. */
export function actorsWithoutFigures(evidence: Evidence, kind: ActorKind): string[] {
  const named = new Set(evidence.figures.map((f) => f.group).filter(Boolean));
  return evidence.actors.filter((a) => a.kind === kind && !named.has(a.name)).map((a) => a.name);
}
