// What does not add up, in words a reader can check: one sentence per discrepancy the figures
// compiler found, every number with its unit, date and sources.
import type { Discrepancy } from "../../compile/figures.ts";
import { formatQuantity } from "../../format/number.ts";
import type { Evidence, Figure } from "../../model.ts";
import { siteLocale, t } from "../../site/locale.ts";
import { formatDate } from "./common.ts";

export interface DiscrepancyNote {
  kind: Discrepancy["kind"];
  /** One sentence, plain text (the page escapes it). */
  text: string;
  /** Source ids behind the numbers in the sentence. */
  sources: string[];
  /** The figures behind those numbers (their corrections are noted beside the sentence). */
  figures: Figure[];
}

function outlets(figure: Figure, evidence: Evidence): string {
  const names = new Map(evidence.sources.map((s) => [s.id, s.outlet]));
  return [...new Set(figure.sources.map((id) => names.get(id) ?? id))].join(", ");
}

/** "87 million people (official, Apr 4, 2018; Facebook Newsroom, Reuters via Yahoo)". */
export function citeFigure(figure: Figure, evidence: Evidence): string {
  const words = {
    amount: formatQuantity(figure.value, figure.unit),
    date: formatDate(figure.asOf),
    outlets: outlets(figure, evidence),
  };
  return figure.estimate
    ? t("scale.citeKind", { ...words, kind: t(`estimate.${figure.estimate}`) })
    : t("scale.cite", words);
}

export function describeDiscrepancy(d: Discrepancy, evidence: Evidence): DiscrepancyNote {
  switch (d.kind) {
    case "parts-below-total":
    case "parts-exceed-total": {
      const words = {
        count: d.parts.length,
        scope: d.scope,
        subject: d.subject,
        listed: formatQuantity(d.listed, d.unit),
        gap: formatQuantity(d.difference, d.unit),
        total: citeFigure(d.total, evidence),
      };
      const text = t(d.kind === "parts-below-total" ? "scale.partsBelow" : "scale.partsAbove", words);
      const figures = [d.total, ...d.parts];
      return { kind: d.kind, text, sources: [...new Set(figures.flatMap((f) => f.sources))], figures };
    }
    case "sources-disagree": {
      const what = [d.subject, d.group].filter(Boolean).join(", ");
      const each = d.figures
        .map((f) => `${citeFigure(f, evidence)}${f.notes ? ` — ${f.notes.replace(/\.?$/, "")}` : ""}`)
        .reduce((first, second) => t("scale.against", { first, second }));
      return {
        kind: d.kind,
        text: t("scale.disagree", { what, date: formatDate(d.asOf), figures: each }),
        sources: [...new Set(d.figures.flatMap((f) => f.sources))],
        figures: d.figures,
      };
    }
    case "mixed-units":
      return {
        kind: d.kind,
        text: t("scale.mixedUnits", { subject: d.subject, units: siteLocale().list(d.units) }),
        sources: [...new Set(d.figures.flatMap((f) => f.sources))],
        figures: d.figures,
      };
  }
}
