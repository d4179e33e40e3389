// How an estimate changed: every stated total of the headline subject, oldest first, each with
// its date, its kind of estimate and its source — different estimates shown side by side, not
// merged into one number.
import type { TopLevelSpec } from "vega-lite";
import type { TotalSeries } from "../../compile/figures.ts";
import type { Evidence, Figure } from "../../model.ts";
import { siteLocale, t } from "../../site/locale.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import { labelledBars } from "./bars.ts";
import {
  baseConfig,
  builtChart,
  capitalised,
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

const kindOf = (f: Figure) => t(f.estimate ? `estimate.${f.estimate}` : "estimate.none");

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
    t("scale.estimates.cite", {
      amount: formatAmount(f.value, f.unit),
      date: formatDate(f.asOf),
      outlet: firstOutlet(f, evidence),
    });
  const sameDay = figures.filter(
    (f) => f !== headline && f.asOf?.iso === headline.asOf?.iso && f.value !== headline.value,
  );
  const lead =
    first === headline
      ? headline.estimate
        ? t("scale.estimates.first", { kind: t(`estimate.${headline.estimate}`), figure: cite(headline) })
        : t("scale.estimates.firstStated", { figure: cite(headline) })
      : t(headline.estimate === "official" ? "scale.estimates.fromToOfficial" : "scale.estimates.fromTo", {
          first: cite(first),
          last: cite(headline),
        });
  if (!sameDay.length) return t("scale.estimates.end", { lead });
  const others = sameDay.map((f) =>
    t("scale.estimates.gave", { outlet: firstOutlet(f, evidence), amount: formatAmount(f.value, f.unit) }),
  );
  return t("scale.estimates.sameDate", { lead, others: siteLocale().list(others) });
}

export async function buildEstimatesChart(evidence: Evidence): Promise<BuiltChart> {
  const series = estimateSeries(digest(evidence));
  if (!series) {
    return emptyChart(estimatesChartId, t("scale.estimates.emptyTitle"), t("scale.estimates.empty"));
  }
  const outlets = (f: Figure) => {
    const names = new Map(evidence.sources.map((s) => [s.id, s.outlet]));
    return [...new Set(f.sources.map((id) => names.get(id) ?? id))].join("; ");
  };
  const title = t("scale.estimates.title", { subject: series.subject });
  return builtChart(
    {
      id: estimatesChartId,
      title,
      takeaway: takeaway(series, evidence),
      description: t("scale.estimates.description", {
        unit: series.unit,
        bars: series.figures.map((f) => `${label(f)} (${firstOutlet(f, evidence)})`).join("; "),
      }),
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
          { label: t("scale.column.asOf") },
          { label: capitalised(series.unit), numeric: true },
          { label: t("scale.column.estimate") },
          { label: t("cite.sources") },
          { label: t("scale.column.notes") },
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
      drawn: { figures: series.figures },
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
