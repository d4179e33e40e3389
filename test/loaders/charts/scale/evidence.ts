// Small evidence for the scale chart tests: figures written as in the CSV, sources named after ids.
import { parseDate } from "../../../../loaders/dates.ts";
import type { Evidence, Figure, PartialDate } from "../../../../loaders/model.ts";
import { emptyEvidence } from "../../../../loaders/validate.ts";

export type FigureInput = Partial<Omit<Figure, "asOf">> & { id: string; value: number; asOf?: string };

export function figure({ asOf, ...fields }: FigureInput): Figure {
  return {
    subject: "Users affected",
    unit: "people",
    sources: ["gazette"],
    extra: {},
    ...fields,
    ...(asOf ? { asOf: parseDate(asOf) as PartialDate } : {}),
  };
}

/** Evidence holding the figures and one source per id they cite (outlet: the id, capitalised). */
export function evidenceOf(figures: readonly FigureInput[]): Evidence {
  const evidence = emptyEvidence();
  evidence.figures = figures.map(figure);
  const ids = [...new Set(evidence.figures.flatMap((f) => f.sources))];
  evidence.sources = ids.map((id) => ({
    id,
    outlet: id.charAt(0).toUpperCase() + id.slice(1),
    title: id,
    extra: {},
  }));
  return evidence;
}

export const total = (id: string, value: number, more: Partial<FigureInput> = {}): FigureInput => ({
  id,
  scope: "total",
  value,
  asOf: "2018-04-04",
  estimate: "official",
  ...more,
});

export const country = (group: string, value: number, more: Partial<FigureInput> = {}): FigureInput => ({
  id: `users-${group.toLowerCase().replace(/[^a-z]+/g, "-")}`,
  scope: "country",
  group,
  value,
  asOf: "2018-04-04",
  ...more,
});
