// Parts of a total: the largest breakdown in the figures (e.g. people affected by country), its
// top parts ranked, the remainder computed as total − listed parts, and the stated total itself.
import type { TopLevelSpec } from "vega-lite";
import type { Breakdown } from "../../compile/figures.ts";
import { formatQuantity } from "../../format/number.ts";
import type { Evidence, Figure } from "../../model.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import { type BarDatum, labelledBars } from "./bars.ts";
import {
  baseConfig,
  builtChart,
  emptyChart,
  formatAmount,
  formatDate,
  formatExact,
  formatShare,
  plural,
  schemaUrl,
  sourceIds,
} from "./common.ts";
import { digest, mainBreakdown } from "./select.ts";

export const breakdownChartId = "scale-breakdown";
/** Parts shown one by one; the rest of the listed parts are added up into one bar. */
export const shownParts = 10;

/** What the computed remainder is called: "Rest of the world" for countries, "Other banks"… */
export function remainderLabel(scope: string): string {
  return scope === "country" ? "Rest of the world" : `Other ${plural(scope)}`;
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
        `${folded.length} other ${plural(b.scope)} listed (added up)`,
        value,
        figures,
      ),
    );
  }
  if (b.total && b.remainder !== undefined) {
    const figures = [b.total, ...b.parts.map((p) => p.figure)];
    out.push(computedRow("remainder", `${remainderLabel(b.scope)}, computed`, b.remainder, figures));
  }
  if (b.total) {
    const t = b.total;
    const label = `Total${t.estimate ? `, ${t.estimate}` : ""} (${formatDate(t.asOf)}): ${formatQuantity(t.value, b.unit)}`;
    out.push({
      datum: { key: t.id, label, value: t.value, kind: "total" },
      row: {
        kind: "total",
        rank: null,
        group: "Total",
        value: t.value,
        unit: b.unit,
        share: 1,
        as_of: t.asOf?.iso ?? null,
        estimate: t.estimate ?? null,
        figure: t.id,
        sources: t.sources.join(";"),
      },
      cells: ["Total (stated)", formatExact(t.value), "100%", formatDate(t.asOf)],
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
  const n = b.parts.length;
  const listedWord = `${n} ${n === 1 ? b.scope : plural(b.scope)} listed`;
  const addUp = n === 1 ? "adds up" : "add up";
  if (!top) return "";
  if (!b.total && n === 1) {
    return `${top.group}: ${formatAmount(top.figure.value, b.unit)}, the only ${b.scope} listed; the evidence states no total to reconcile it with.`;
  }
  if (!b.total) {
    return `${top.group} is the largest of the ${listedWord} (${formatAmount(top.figure.value, b.unit)}); the evidence states no total to reconcile them with.`;
  }
  const total = formatAmount(b.total.value, b.unit);
  const lead = `${top.group}: ${formatAmount(top.figure.value, b.unit)} of ${total} (${formatShare(top.figure.value / b.total.value)}).`;
  if (b.listed > b.total.value && b.discrepancies.length) {
    return `${lead} The ${listedWord} ${addUp} to ${formatAmount(b.listed, b.unit)}, more than the stated total: the figures do not reconcile.`;
  }
  if (b.remainder !== undefined) {
    return `${lead} The ${listedWord} ${addUp} to ${formatAmount(b.listed, b.unit)}; the other ${formatAmount(b.remainder, b.unit)} are not broken down.`;
  }
  return `${lead} The ${listedWord} ${addUp} to the total.`;
}

export async function buildBreakdownChart(evidence: Evidence): Promise<BuiltChart> {
  const b = mainBreakdown(digest(evidence));
  if (!b) {
    return emptyChart(
      breakdownChartId,
      "Parts of a total",
      "The evidence has no figures broken down into parts (a scope such as country, with a group per row) yet.",
    );
  }
  const title = `${b.subject}, by ${b.scope}`;
  const chartLines = lines(b);
  const unitLabel = b.unit === "percent" ? "Percent" : b.unit.charAt(0).toUpperCase() + b.unit.slice(1);
  return builtChart(
    {
      id: breakdownChartId,
      title,
      takeaway: takeaway(b),
      description: `Bar chart, ${b.unit}. ${chartLines.map((l) => l.datum.label).join("; ")}.`,
      spec: breakdownSpec(chartLines.map((l) => l.datum)),
      rows: chartLines.map((l) => l.row),
      table: {
        caption: title,
        columns: [
          { label: b.scope.charAt(0).toUpperCase() + b.scope.slice(1) },
          { label: unitLabel, numeric: true },
          { label: "Share of total", numeric: true },
          { label: "As of" },
        ],
        rows: chartLines.map((l) => l.cells),
      },
      sources: sourceIds([...(b.total ? [b.total] : []), ...b.parts.map((p) => p.figure)]),
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
