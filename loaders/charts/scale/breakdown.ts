// Parts of a total: the largest breakdown in the figures (e.g. people affected by country), its
// top parts ranked, the remainder computed as total − listed parts, and the stated total itself.
import type { TopLevelSpec } from "vega-lite";
import type { Breakdown } from "../../compile/figures.ts";
import { formatQuantity } from "../../format/number.ts";
import type { Evidence, Figure } from "../../model.ts";
import { t } from "../../site/locale.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import { type BarDatum, labelledBars } from "./bars.ts";
import {
  baseConfig,
  builtChart,
  capitalised,
  emptyChart,
  formatAmount,
  formatDate,
  formatExact,
  formatShare,
  schemaUrl,
  sourceIds,
} from "./common.ts";
import { digest, mainBreakdown } from "./select.ts";

export const breakdownChartId = "scale-breakdown";
/** Parts shown one by one; the rest of the listed parts are added up into one bar. */
export const shownParts = 10;

/** What the computed remainder is called: "Rest of the world" for countries, else "Rest". */
export function remainderLabel(scope: string): string {
  return t(scope === "country" ? "scale.restOfWorld" : "scale.rest");
}

type Row = BuiltChart["rows"][number];

interface BreakdownLine {
  datum: BarDatum;
  row: Row;
  cells: string[];
}

function lines(b: Breakdown): BreakdownLine[] {
  const share = (value: number) => (b.total?.value ? value / b.total.value : undefined);
  const shareText = (value: number) => {
    const s = share(value);
    return s === undefined ? "" : ` · ${formatShare(s)}`;
  };
  const shown = b.parts.slice(0, shownParts);
  const folded = b.parts.slice(shownParts);
  const out: BreakdownLine[] = shown.map((p) => ({
    datum: {
      key: p.figure.id,
      label: `${p.group}: ${formatAmount(p.figure.value, b.unit)}${shareText(p.figure.value)}`,
      value: p.figure.value,
      kind: "part",
    },
    row: {
      kind: "part",
      rank: p.rank,
      group: p.group,
      value: p.figure.value,
      unit: b.unit,
      share: p.share ?? null,
      as_of: p.figure.asOf?.iso ?? null,
      estimate: p.figure.estimate ?? null,
      figure: p.figure.id,
      sources: p.figure.sources.join(";"),
    },
    cells: [
      p.group,
      formatExact(p.figure.value),
      p.share === undefined ? "" : formatShare(p.share),
      formatDate(p.figure.asOf),
    ],
  }));
  const computedRow = (
    kind: string,
    group: string,
    value: number,
    from: readonly Figure[],
  ): BreakdownLine => ({
    datum: {
      key: `computed-${kind}`,
      label: `${group}: ${formatAmount(value, b.unit)}${shareText(value)}`,
      value,
      kind: "computed",
    },
    row: {
      kind,
      rank: null,
      group,
      value,
      unit: b.unit,
      share: share(value) ?? null,
      as_of: b.asOf?.iso ?? null,
      estimate: null,
      figure: null,
      sources: [...new Set(from.flatMap((f) => f.sources))].join(";"),
    },
    cells: [
      group,
      formatExact(value),
      share(value) === undefined ? "" : formatShare(share(value) as number),
      formatDate(b.asOf),
    ],
  });
  if (folded.length) {
    const value = folded.reduce((sum, p) => sum + p.figure.value, 0);
    const figures = folded.map((p) => p.figure);
    out.push(
      computedRow(
        "other-listed",
        t("scale.moreListed", { count: folded.length, scope: b.scope }),
        value,
        figures,
      ),
    );
  }
  if (b.total && b.remainder !== undefined) {
    const figures = [b.total, ...b.parts.map((p) => p.figure)];
    out.push(computedRow("remainder", remainderLabel(b.scope), b.remainder, figures));
  }
  if (b.total) {
    const total = b.total;
    const words = { date: formatDate(total.asOf), amount: formatQuantity(total.value, b.unit) };
    const label = total.estimate
      ? t("scale.totalBarKind", { ...words, kind: t(`estimate.${total.estimate}`) })
      : t("scale.totalBar", words);
    out.push({
      datum: { key: total.id, label, value: total.value, kind: "total" },
      row: {
        kind: "total",
        rank: null,
        group: t("scale.total"),
        value: total.value,
        unit: b.unit,
        share: 1,
        as_of: total.asOf?.iso ?? null,
        estimate: total.estimate ?? null,
        figure: total.id,
        sources: total.sources.join(";"),
      },
      cells: [t("scale.totalStated"), formatExact(total.value), formatShare(1), formatDate(total.asOf)],
    });
  }
  return out;
}

export function breakdownSpec(values: readonly BarDatum[]): TopLevelSpec {
  const domainMax = Math.max(0, ...values.map((v) => v.value));
  return {
    $schema: schemaUrl,
    config: baseConfig(),
    autosize: "none",
    padding: 6,
    ...labelledBars(values, { domainMax }),
  };
}

function takeaway(b: Breakdown): string {
  const [top] = b.parts;
  if (!top) return "";
  const words = {
    count: b.parts.length,
    scope: b.scope,
    group: top.group,
    amount: formatAmount(top.figure.value, b.unit),
    listed: formatAmount(b.listed, b.unit),
  };
  if (!b.total)
    return t(b.parts.length === 1 ? "scale.breakdown.onlyPart" : "scale.breakdown.largest", words);
  const total = formatAmount(b.total.value, b.unit);
  const lead = t("scale.breakdown.lead", {
    ...words,
    total,
    share: formatShare(top.figure.value / b.total.value),
  });
  if (b.listed > b.total.value && b.discrepancies.length)
    return t("scale.breakdown.exceeds", { ...words, lead });
  if (b.remainder !== undefined)
    return t("scale.breakdown.remainder", { ...words, lead, remainder: formatAmount(b.remainder, b.unit) });
  return t("scale.breakdown.complete", { ...words, lead });
}

export async function buildBreakdownChart(evidence: Evidence): Promise<BuiltChart> {
  const b = mainBreakdown(digest(evidence));
  if (!b) {
    return emptyChart(breakdownChartId, t("scale.breakdown.emptyTitle"), t("scale.breakdown.empty"));
  }
  const title = t("scale.breakdown.title", { subject: b.subject, scope: b.scope });
  const chartLines = lines(b);
  const unitLabel = b.unit === "percent" ? t("scale.percent") : capitalised(b.unit);
  const figures = [...(b.total ? [b.total] : []), ...b.parts.map((p) => p.figure)];
  return builtChart(
    {
      id: breakdownChartId,
      title,
      takeaway: takeaway(b),
      description: t("scale.breakdown.description", {
        unit: b.unit,
        bars: chartLines.map((l) => l.datum.label).join("; "),
      }),
      spec: breakdownSpec(chartLines.map((l) => l.datum)),
      rows: chartLines.map((l) => l.row),
      table: {
        caption: title,
        columns: [
          { label: capitalised(b.scope) },
          { label: unitLabel, numeric: true },
          { label: t("scale.column.share"), numeric: true },
          { label: t("scale.column.asOf") },
        ],
        rows: chartLines.map((l) => l.cells),
      },
      sources: sourceIds(figures),
      drawn: { figures },
    },
    evidence,
  );
}

export const breakdownChart: ChartDefinition = {
  id: breakdownChartId,
  page: "/scale",
  description:
    "The largest breakdown of a total into parts (e.g. by country): top parts ranked, the remainder computed as total − listed parts, and the stated total.",
  needs: ["figures", "sources"],
  build: buildBreakdownChart,
};
