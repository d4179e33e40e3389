// How an estimate changed: every stated total of the headline subject, oldest first, each with
// its date, its kind of estimate and its source — different estimates shown side by side, not
// merged into one number.
import type { TopLevelSpec } from "vega-lite";
import type { TotalSeries } from "../../compile/figures.ts";
import type { Evidence, Figure } from "../../model.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import { labelledBars } from "./bars.ts";
import {
  baseConfig,
  builtChart,
  emptyChart,
  firstOutlet,
  formatAmount,
  formatDate,
  formatExact,
  schemaUrl,
  sourceIds,
} from "./common.ts";
import { digest, estimateSeries } from "./select.ts";

export const estimatesChartId = "scale-estimates";

const kindOf = (f: Figure) => f.estimate ?? "estimate kind not stated";

function label(f: Figure): string {
  return `${formatAmount(f.value, f.unit)} · ${formatDate(f.asOf)} · ${kindOf(f)}`;
}

export function estimatesSpec(series: TotalSeries, evidence: Evidence): TopLevelSpec {
  const values = series.figures.map((f) => ({
    key: f.id,
    label: label(f),
    detail: firstOutlet(f, evidence),
    value: f.value,
    kind: "part" as const,
  }));
  const domainMax = Math.max(0, ...values.map((v) => v.value));
  return {
    $schema: schemaUrl,
    config: baseConfig(),
    autosize: "none",
    padding: 6,
    ...labelledBars(values, { domainMax }),
  };
}

function takeaway(series: TotalSeries, evidence: Evidence): string {
  const { figures, headline } = series;
  const [first] = figures;
  if (!first) return "";
  const cite = (f: Figure) =>
    `${formatAmount(f.value, f.unit)} (${formatDate(f.asOf)}, ${firstOutlet(f, evidence)})`;
  const sameDay = figures.filter(
    (f) => f !== headline && f.asOf?.iso === headline.asOf?.iso && f.value !== headline.value,
  );
  const lead =
    first === headline
      ? `The ${headline.estimate ?? "stated"} figure, ${cite(headline)}, came first`
      : `From ${cite(first)} to ${headline.estimate === "official" ? "the official " : ""}${cite(headline)}`;
  const contested = sameDay.length
    ? `; on the same date ${sameDay.map((f) => `${firstOutlet(f, evidence)} gave ${formatAmount(f.value, f.unit)}`).join(" and ")}`
    : "";
  return `${lead}${contested}.`;
}

export async function buildEstimatesChart(evidence: Evidence): Promise<BuiltChart> {
  const series = estimateSeries(digest(evidence));
  if (!series) {
    return emptyChart(
      estimatesChartId,
      "How the estimate changed",
      "The evidence has no subject with more than one stated total, so there is no change to show.",
    );
  }
  const outlets = (f: Figure) => {
    const names = new Map(evidence.sources.map((s) => [s.id, s.outlet]));
    return [...new Set(f.sources.map((id) => names.get(id) ?? id))].join("; ");
  };
  const title = `${series.subject}: every estimate, by date`;
  return builtChart(
    {
      id: estimatesChartId,
      title,
      takeaway: takeaway(series, evidence),
      description: `Bar chart, ${series.unit}, oldest first. ${series.figures.map((f) => `${label(f)} (${firstOutlet(f, evidence)})`).join("; ")}.`,
      spec: estimatesSpec(series, evidence),
      rows: series.figures.map((f) => ({
        as_of: f.asOf?.iso ?? null,
        value: f.value,
        unit: f.unit,
        estimate: f.estimate ?? null,
        headline: f === series.headline ? "yes" : "no",
        figure: f.id,
        sources: f.sources.join(";"),
        notes: f.notes ?? null,
      })),
      table: {
        caption: title,
        columns: [
          { label: "As of" },
          { label: series.unit.charAt(0).toUpperCase() + series.unit.slice(1), numeric: true },
          { label: "Estimate" },
          { label: "Sources" },
          { label: "Notes" },
        ],
        rows: series.figures.map((f) => [
          formatDate(f.asOf),
          formatExact(f.value),
          kindOf(f),
          outlets(f),
          f.notes ?? "",
        ]),
      },
      sources: sourceIds(series.figures),
    },
    evidence,
  );
}

export const estimatesChart: ChartDefinition = {
  id: estimatesChartId,
  page: "/scale",
  description:
    "Every stated total of the headline subject, oldest first, each with its date, kind of estimate and sources.",
  needs: ["figures", "sources"],
  build: buildEstimatesChart,
};
