// Where the figures do not add up: parts that exceed or fall short of the total, sources that
// disagree, one subject counted in several units. Reported, never hidden.
import * as aq from "arquero";
import type { Figure, PartialDate } from "../../model.ts";
import { differ, type figureTable, type Grouped } from "./figure-table.ts";

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

/** Several units under one subject and scope: reported, and each unit kept apart downstream. */
export function mixedUnits(figures: readonly Figure[], table: ReturnType<typeof figureTable>): Discrepancy[] {
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
export function disagreements(
  figures: readonly Figure[],
  table: ReturnType<typeof figureTable>,
): Discrepancy[] {
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
