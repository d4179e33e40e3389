// Other scales from the evidence, for comparison: figures about named organisations (scope
// "entity": a bank's customers, a regulator's fine), one panel per subject and unit. Numbers in
// different units never share an axis; panels in the same unit share one scale, so their bars
// compare. Two charts: counts (people, customers…) and money (each currency apart).
import type { TopLevelSpec } from "vega-lite";
import type { MessageKey } from "../../../src/shared/locale/catalogue.ts";
import { totalScope } from "../../compile/figures.ts";
import { formatQuantity } from "../../format/number.ts";
import type { Evidence, Figure } from "../../model.ts";
import { siteLocale, t } from "../../site/locale.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import { BarKind, type BarKindName } from "./bars.ts";
import {
  baseConfig,
  builtChart,
  chartWidth,
  emptyChart,
  fontSize,
  formatAmount,
  formatDate,
  formatExact,
  isMoney,
  schemaUrl,
  sourceIds,
  wrapText,
} from "./common.ts";
import { digest, entityPanels, headlineTotal, type Panel } from "./select.ts";

function barLabel(f: Figure): string {
  const who = f.group ?? (f.scope === totalScope ? t("scale.total") : f.subject);
  const reported = f.estimate === "reported" ? ` · ${t("estimate.reported")}` : "";
  return `${who} · ${formatDate(f.asOf)}${reported}: ${formatAmount(f.value, f.unit)}`;
}

const line = 18;
const barGap = 4;
const barHeight = 14;
const panelGap = 20;
/** Bold heading characters per line (the layout is ours, so real widths: ~0.6 em per character). */
const headingChars = Math.floor(chartWidth / (fontSize * 0.62));

/** One row of the drawn layout: a heading line, a label line, or a bar (pixel positions). */
type LayoutRow =
  | { role: "heading" | "note" | "label"; text: string; y: number }
  | {
      role: "bar";
      key: string;
      kind: BarKindName;
      y: number;
      y2: number;
      zero: 0;
      fraction: number;
      value: number;
    };

/**
 * Panels laid out top to bottom in pixels: the subject (wrapped), its unit, then a label and a bar
 * per figure. Bar length is the figure's fraction of the largest figure in the same unit, so
 * panels in one unit compare and different units never share a scale.
 */
export function panelLayout(panels: readonly Panel[]): { rows: LayoutRow[]; height: number } {
  const maxByUnit = new Map<string, number>();
  for (const p of panels)
    for (const f of p.figures) maxByUnit.set(p.unit, Math.max(maxByUnit.get(p.unit) ?? 0, f.value));
  const rows: LayoutRow[] = [];
  let y = 0;
  panels.forEach((p, i) => {
    if (i > 0) y += panelGap;
    const heading = p.headline ? t("scale.other.headline", { subject: p.subject }) : p.subject;
    for (const text of wrapText(heading, headingChars)) {
      y += line;
      rows.push({ role: "heading", text, y });
    }
    y += line;
    rows.push({ role: "note", text: t("scale.other.inUnit", { unit: p.unit }), y });
    const max = maxByUnit.get(p.unit) || 1;
    for (const f of p.figures) {
      y += line + 6;
      rows.push({ role: "label", text: barLabel(f), y });
      rows.push({
        role: "bar",
        key: f.id,
        kind: p.headline ? "total" : "part",
        y: y + barGap,
        y2: y + barGap + barHeight,
        zero: 0,
        fraction: f.value / max,
        value: f.value,
      });
      y += barGap + barHeight;
    }
  });
  return { rows, height: y + 4 };
}

export function otherScalesSpec(panels: readonly Panel[]): TopLevelSpec {
  const { rows, height } = panelLayout(panels);
  const kinds = Object.keys(BarKind) as BarKindName[];
  const pixels = { type: "quantitative", scale: null, axis: null } as const;
  const text = (role: string, fontWeight: "bold" | "normal") => ({
    transform: [{ filter: { field: "role", equal: role } }],
    mark: {
      type: "text" as const,
      align: "left" as const,
      baseline: "alphabetic" as const,
      x: 0,
      fontSize,
      fontWeight,
      fill: "currentColor",
      limit: chartWidth * 1.4,
    },
    encoding: { y: { field: "y", ...pixels }, text: { field: "text", type: "nominal" as const } },
  });
  return {
    $schema: schemaUrl,
    config: baseConfig(),
    autosize: "none",
    padding: 6,
    width: chartWidth,
    height,
    data: { values: rows },
    layer: [
      {
        transform: [{ filter: { field: "role", equal: "bar" } }],
        mark: { type: "rect", strokeWidth: 1 },
        encoding: {
          x: { field: "zero", type: "quantitative", scale: { domain: [0, 1], nice: false }, axis: null },
          x2: { field: "fraction" },
          y: { field: "y", ...pixels },
          y2: { field: "y2" },
          fill: {
            field: "kind",
            type: "nominal",
            scale: { domain: kinds, range: kinds.map((k) => BarKind[k].fill) },
            legend: null,
          },
          stroke: {
            field: "kind",
            type: "nominal",
            scale: { domain: kinds, range: kinds.map((k) => BarKind[k].stroke) },
            legend: null,
          },
        },
      },
      text("heading", "bold"),
      text("note", "normal"),
      text("label", "normal"),
    ],
  };
}

/** "In USD, from $22.5 million (Google (2012)) to $2.62 trillion (JPMorgan Chase)." per unit. */
export function rangesByUnit(panels: readonly Panel[]): string {
  const units = [...new Set(panels.map((p) => p.unit))];
  const parts = units.map((unit) => {
    const figures = panels.filter((p) => p.unit === unit).flatMap((p) => p.figures);
    const sorted = [...figures].sort((a, b) => a.value - b.value);
    const low = sorted[0] as Figure;
    const high = sorted[sorted.length - 1] as Figure;
    const name = (f: Figure) => f.group ?? f.subject;
    return low === high || low.value === high.value
      ? t("scale.other.rangeOne", { unit, amount: formatQuantity(high.value, unit), name: name(high) })
      : t("scale.other.range", {
          unit,
          low: formatQuantity(low.value, unit),
          lowName: name(low),
          high: formatQuantity(high.value, unit),
          highName: name(high),
        });
  });
  const sentence = `${parts.join(". ")}.`;
  return units.length > 1
    ? `${sentence} ${t("scale.other.apart", { units: siteLocale().list(units) })}`
    : sentence;
}

interface OtherScalesOptions {
  id: string;
  /** Messages, read when the chart is built (in the site's locale). */
  title: MessageKey;
  emptyTitle: MessageKey;
  empty: MessageKey;
  description: string;
  /** Which units the chart shows. */
  keep: (unit: string) => boolean;
  /** Lead with the headline total (when in a unit the chart keeps). */
  withHeadline: boolean;
}

function otherScalesChart(options: OtherScalesOptions): ChartDefinition {
  async function build(evidence: Evidence): Promise<BuiltChart> {
    const panels = entityPanels(evidence, options.keep);
    if (!panels.length) return emptyChart(options.id, t(options.emptyTitle), t(options.empty));
    const title = t(options.title);
    const headline = options.withHeadline ? headlineTotal(digest(evidence)) : undefined;
    if (headline && options.keep(headline.unit)) {
      panels.unshift({ subject: headline.subject, unit: headline.unit, figures: [headline], headline: true });
    }
    const figures = panels.flatMap((p) => p.figures);
    return builtChart(
      {
        id: options.id,
        title,
        takeaway: rangesByUnit(panels),
        description: t("scale.other.description", {
          panels: panels
            .map((p) => `${p.subject} (${p.unit}): ${p.figures.map(barLabel).join(", ")}`)
            .join(". "),
        }),
        spec: otherScalesSpec(panels),
        rows: panels.flatMap((p) =>
          p.figures.map((f) => ({
            subject: p.subject,
            group: f.group ?? null,
            value: f.value,
            unit: f.unit,
            as_of: f.asOf?.iso ?? null,
            estimate: f.estimate ?? null,
            figure: f.id,
            sources: f.sources.join(";"),
          })),
        ),
        table: {
          caption: title,
          columns: [
            { label: t("scale.column.figure") },
            { label: t("scale.column.who") },
            { label: t("scale.column.amount"), numeric: true },
            { label: t("scale.column.unit") },
            { label: t("scale.column.asOf") },
          ],
          rows: figures.map((f) => [
            f.subject,
            f.group ?? "",
            formatExact(f.value),
            f.unit,
            `${formatDate(f.asOf)}${f.estimate === "reported" ? ` (${t("estimate.reported")})` : ""}`,
          ]),
        },
        sources: sourceIds(figures),
        drawn: { figures },
      },
      evidence,
    );
  }
  return {
    id: options.id,
    page: "/scale",
    description: options.description,
    needs: ["figures", "sources"],
    build,
  };
}

export const otherCountsChart = otherScalesChart({
  id: "scale-other-counts",
  title: "scale.counts.title",
  emptyTitle: "scale.counts.emptyTitle",
  empty: "scale.counts.empty",
  description:
    "The headline total next to counts about named organisations (scope “entity”, e.g. a bank's customers), one panel per subject and unit; each unit on its own scale.",
  keep: (unit) => !isMoney(unit),
  withHeadline: true,
});

export const moneyChart = otherScalesChart({
  id: "scale-money",
  title: "scale.money.title",
  emptyTitle: "scale.money.emptyTitle",
  empty: "scale.money.empty",
  description:
    "Sums of money about named organisations (scope “entity”: fines, bank assets…), one panel per subject and currency; each currency on its own scale.",
  keep: isMoney,
  withHeadline: false,
});
