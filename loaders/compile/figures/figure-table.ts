// The figures as an arquero table, and the rules for which figure leads when several are stated.
import * as aq from "arquero";
import type { FigureEstimate } from "../../../src/shared/enums.ts";
import { dateKey } from "../../dates.ts";
import type { Figure } from "../../model.ts";

/** Which estimate leads when several are stated for the same thing: lower is preferred. */
export const estimatePreference: Record<FigureEstimate | "none", number> = {
  official: 0,
  revised: 1,
  initial: 2,
  none: 3,
  reported: 4,
};

export function preference(figure: Figure): number {
  return estimatePreference[figure.estimate ?? "none"];
}

/** Values that differ by more than rounding noise. */
export function differ(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** A figure's as-of date as a key that sorts by date (dateKey); "" when undated. */
export const asOfKey = (figure: Figure) => (figure.asOf ? dateKey(figure.asOf) : "");

/** Map.groupBy, which Node 20 lacks. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
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
export function preferred(figures: readonly Figure[], sameDateAs?: string): Figure | undefined {
  return [...figures].sort(
    (a, b) =>
      Number(sameDateAs !== undefined && asOfKey(b) === sameDateAs) -
        Number(sameDateAs !== undefined && asOfKey(a) === sameDateAs) ||
      preference(a) - preference(b) ||
      (asOfKey(a) < asOfKey(b) ? 1 : asOfKey(a) > asOfKey(b) ? -1 : 0),
  )[0];
}

export interface FigureRow {
  i: number;
  subject: string;
  scope: string;
  group: string;
  unit: string;
  asOf: string;
  value: number;
}

export function figureTable(figures: readonly Figure[]) {
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

export type Grouped = { subject: string; scope: string; unit: string; rows: number[] };
