// Other scales from the evidence, for comparison: figures about named organisations (scope
// "entity": a bank's customers, a regulator's fine), one panel per subject and unit. Numbers in
// different units never share an axis; panels in the same unit share one scale, so their bars
// compare. Two charts: counts (people, customers…) and money (each currency apart).
import type { TopLevelSpec } from "vega-lite";
import { totalScope } from "../../compile/figures.ts";
import { formatQuantity } from "../../format/number.ts";
import type { Evidence, Figure } from "../../model.ts";
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
  const who = f.group ?? (f.scope === totalScope ? "Total" : f.subject);
  const reported = f.estimate === "reported" ? " · reported" : "";
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
    const heading = p.headline ? `${p.subject} (the headline number)` : p.subject;
    for (const text of wrapText(heading, headingChars)) {
      y += line;
      rows.push({ role: "heading", text, y });
    }
    y += line;
    rows.push({ role: "note", text: `in ${p.unit}`, y });
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
      ? `in ${unit}, ${formatQuantity(high.value, unit)} (${name(high)})`
      : `in ${unit}, from ${formatQuantity(low.value, unit)} (${name(low)}) to ${formatQuantity(high.value, unit)} (${name(high)})`;
  });
  const sentence = parts.join("; ");
  const apart =
    units.length > 1
      ? ` Each unit has its own scale; ${units.join(", ")} are never added or compared on one axis.`
      : "";
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.${apart}`;
}

interface OtherScalesOptions {
  id: string;
  title: string;
  emptyTitle: string;
  description: string;
  /** Which units the chart shows. */
  keep: (unit: string) => boolean;
  /** Lead with the headline total (when in a unit the chart keeps). */
  withHeadline: boolean;
  empty: string;
}

function otherScalesChart(options: OtherScalesOptions): ChartDefinition {
  async function build(evidence: Evidence): Promise<BuiltChart> {
    const panels = entityPanels(evidence, options.keep);
    if (!panels.length) return emptyChart(options.id, options.emptyTitle, options.empty);
    const headline = options.withHeadline ? headlineTotal(digest(evidence)) : undefined;
    if (headline && options.keep(headline.unit)) {
      panels.unshift({ subject: headline.subject, unit: headline.unit, figures: [headline], headline: true });
    }
    const figures = panels.flatMap((p) => p.figures);
    return builtChart(
      {
        id: options.id,
        title: options.title,
        takeaway: rangesByUnit(panels),
        description: `Bar charts, one per subject and unit; bars in the same unit share a scale. ${panels
          .map((p) => `${p.subject} (${p.unit}): ${p.figures.map(barLabel).join(", ")}`)
          .join(". ")}.`,
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
          caption: options.title,
          columns: [
            { label: "Figure" },
            { label: "Who" },
            { label: "Amount", numeric: true },
            { label: "Unit" },
            { label: "As of" },
          ],
          rows: figures.map((f) => [
            f.subject,
            f.group ?? "",
            formatExact(f.value),
            f.unit,
            `${formatDate(f.asOf)}${f.estimate === "reported" ? " (reported)" : ""}`,
          ]),
        },
        sources: sourceIds(figures),
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
  title: "For scale: other counts in the evidence, each in its own unit and as of its own date",
  emptyTitle: "For scale: other counts",
  description:
    "The headline total next to counts about named organisations (scope “entity”, e.g. a bank's customers), one panel per subject and unit; each unit on its own scale.",
  keep: (unit) => !isMoney(unit),
  withHeadline: true,
  empty: "The evidence has no counts about named organisations (scope “entity”) to set the headline against.",
});

export const moneyChart = otherScalesChart({
  id: "scale-money",
  title: "For scale: sums of money in the evidence, each currency apart",
  emptyTitle: "For scale: sums of money",
  description:
    "Sums of money about named organisations (scope “entity”: fines, bank assets…), one panel per subject and currency; each currency on its own scale.",
  keep: isMoney,
  withHeadline: false,
  empty: "The evidence has no sums of money about named organisations (scope “entity”), such as fines.",
});
