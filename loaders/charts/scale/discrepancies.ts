// What does not add up, in words a reader can check: one sentence per discrepancy the figures
// compiler found, every number with its unit, date and sources.
import type { Discrepancy } from "../../compile/figures.ts";
import { formatQuantity } from "../../format/number.ts";
import type { Evidence, Figure } from "../../model.ts";
import { formatDate, plural } from "./common.ts";

export interface DiscrepancyNote {
  kind: Discrepancy["kind"];
  /** One sentence, plain text (the page escapes it). */
  text: string;
  /** Source ids behind the numbers in the sentence. */
  sources: string[];
}

function outlets(figure: Figure, evidence: Evidence): string {
  const names = new Map(evidence.sources.map((s) => [s.id, s.outlet]));
  return [...new Set(figure.sources.map((id) => names.get(id) ?? id))].join(", ");
}

/** "87 million people (official, Apr 4, 2018; Facebook Newsroom, Reuters via Yahoo)". */
export function citeFigure(figure: Figure, evidence: Evidence): string {
  const kind = figure.estimate ? `${figure.estimate}, ` : "";
  return `${formatQuantity(figure.value, figure.unit)} (${kind}${formatDate(figure.asOf)}; ${outlets(figure, evidence)})`;
}

export function describeDiscrepancy(d: Discrepancy, evidence: Evidence): DiscrepancyNote {
  switch (d.kind) {
    case "parts-below-total":
    case "parts-exceed-total": {
      const n = d.parts.length;
      const listed = `The ${n} ${n === 1 ? d.scope : plural(d.scope)} listed for “${d.subject}” ${n === 1 ? "adds" : "add"} up to ${formatQuantity(d.listed, d.unit)}`;
      const gap = formatQuantity(d.difference, d.unit);
      const text =
        d.kind === "parts-below-total"
          ? `${listed}, ${gap} less than the stated total of ${citeFigure(d.total, evidence)}. The difference is computed here (total − listed parts), not reported by a source.`
          : `${listed}, ${gap} more than the stated total of ${citeFigure(d.total, evidence)}. The parts and the total cannot both be right, so no remainder is shown.`;
      return { kind: d.kind, text, sources: [...new Set([d.total, ...d.parts].flatMap((f) => f.sources))] };
    }
    case "sources-disagree": {
      const what = [d.subject, d.group].filter(Boolean).join(", ");
      const each = d.figures
        .map((f) => `${citeFigure(f, evidence)}${f.notes ? ` — ${f.notes.replace(/\.?$/, "")}` : ""}`)
        .join("; against ");
      return {
        kind: d.kind,
        text: `Sources disagree on “${what}” as of ${formatDate(d.asOf)}: ${each}. Both are shown; neither is averaged away.`,
        sources: [...new Set(d.figures.flatMap((f) => f.sources))],
      };
    }
    case "mixed-units":
      return {
        kind: d.kind,
        text: `“${d.subject}” is given in ${d.units.join(" and ")}: these are never added together or drawn on one scale.`,
        sources: [...new Set(d.figures.flatMap((f) => f.sources))],
      };
  }
}
