// What every chart of the scale page shares: its look (one width, one type size, colours that
// keep contrast on light and dark backgrounds), its words (dates, shares, source lines) and the
// last step from a spec to a BuiltChart.
import type { Config, TopLevelSpec } from "vega-lite";
import { d3NumberLocale, d3TimeLocale } from "../../../src/shared/locale/d3-locale.ts";
import { correctionsOf, namedCorrections } from "../../compile/corrections.ts";
import { formatCount, formatQuantity } from "../../format/number.ts";
import type { Claim, Evidence, Figure, PartialDate } from "../../model.ts";
import type { DataTable } from "../../render/figure.ts";
import { siteLocale, t } from "../../site/locale.ts";
import { renderSvg } from "../render-svg.ts";
import type { BuiltChart } from "../types.ts";
import { annotateSpec } from "./annotate.ts";

/** Drawn at this width; the page scales the SVG down to narrower columns (375 px phones: × 0.86). */
export const chartWidth = 400;
export const fontSize = 14;
/**
 * Characters of text at `size` that fit `chartWidth` as vega measures them without a canvas
 * (0.8 em per character; real text is narrower): longer titles would widen the whole SVG.
 */
export function safeChars(size: number = fontSize): number {
  return Math.floor(chartWidth / (size * 0.8));
}

/**
 * Okabe–Ito-like blue and orange (distinguishable with every common colour-vision deficiency) and a
 * grey; each has 3:1 contrast or more against both the light (#fff) and dark (#1e1e1d) page.
 */
export const colours = { primary: "#4269d0", secondary: "#d95f02", computed: "#8a8a8a" } as const;

/** Transparent background and text in currentColor: inline in the page, the chart follows the theme. */
export function baseConfig(): Config {
  return {
    aria: false,
    background: "transparent",
    view: { stroke: null },
    font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    text: { fontSize, fill: "currentColor" },
    title: {
      anchor: "start",
      color: "currentColor",
      subtitleColor: "currentColor",
      fontSize,
      subtitleFontSize: fontSize - 1,
      fontWeight: "bold",
      offset: 8,
    },
    concat: { spacing: 28 },
    // Axes and labels vega formats itself use the site's numbers and dates, as the prose does.
    locale: { number: d3NumberLocale(siteLocale().tag), time: d3TimeLocale(siteLocale().tag) },
  };
}

export const schemaUrl = "https://vega.github.io/schema/vega-lite/v6.json";

/** "Apr 4, 2018", "April 2018" or "2018" in the site's locale: only as precise as the evidence. */
export function formatDate(date: PartialDate | undefined): string {
  return date ? siteLocale().date(date) : t("date.notStated");
}

/** A share (0–1) as a reader reads it: "81%", "1.4%", "under 0.1%" ("81 %" in German). */
export function formatShare(share: number): string {
  const percent = share * 100;
  const locale = siteLocale();
  if (percent > 0 && percent < 0.1) return t("share.under", { share: locale.percent(0.1) });
  return locale.percent(Number(percent.toFixed(percent >= 10 ? 0 : 1)));
}

/** "87 million people", "$5 billion", "270,000 people". */
export function formatFigure(figure: Pick<Figure, "value" | "unit">): string {
  return formatQuantity(figure.value, figure.unit);
}

/** ISO 4217 codes (USD, GBP…) are money; every other unit counts something. */
export function isMoney(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** A number for a label whose unit is stated nearby: "70.6 million", "$5 billion", "4.5%". */
export function formatAmount(value: number, unit: string): string {
  if (isMoney(unit) || unit === "percent") return formatQuantity(value, unit);
  return formatCount(value);
}

/** Plain exact numbers for tables: "70,632,350". */
export function formatExact(value: number): string {
  return siteLocale().number(value, 6);
}

/** A word from figures.csv (a unit, a scope) as a column header: first letter capital. */
export function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase(siteLocale().tag) + word.slice(1);
}

/** Splits text into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width: number = safeChars()): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Source ids of figures, in order of first use, without repeats. */
export function sourceIds(figures: readonly Figure[]): string[] {
  return [...new Set(figures.flatMap((f) => f.sources))];
}

/** "Sources: Facebook Newsroom, Reuters via Yahoo." — outlet names, each once. */
export function sourceLine(ids: readonly string[], evidence: Evidence): string {
  const outlets = new Map(evidence.sources.map((s) => [s.id, s.outlet]));
  const names = [...new Set(ids.map((id) => outlets.get(id) ?? id))];
  if (!names.length) return "";
  return t("cite.sourceLine", { count: names.length, names: names.join(", ") });
}

/** The first outlet of a figure's sources, for short labels. */
export function firstOutlet(figure: Figure, evidence: Evidence): string {
  const id = figure.sources[0];
  return evidence.sources.find((s) => s.id === id)?.outlet ?? id ?? "";
}

/** Vega's SVG has coordinates to 15 digits; two decimals are plenty and much smaller. */
export function compactSvg(svg: string): string {
  return svg.replace(
    /\s(d|transform|x|y|x1|x2|y1|y2|width|height)="([^"]*)"/g,
    (_, name: string, value: string) => {
      const short = value.replace(/(\d+)\.(\d{1,2})\d*/g, (_m, whole: string, fraction: string) => {
        const kept = fraction.replace(/0+$/, "");
        return kept ? `${whole}.${kept}` : whole;
      });
      return ` ${name}="${short}"`;
    },
  );
}

export interface ChartParts {
  id: string;
  title: string;
  takeaway: string;
  description: string;
  spec: TopLevelSpec;
  rows: BuiltChart["rows"];
  table: DataTable;
  sources: string[];
  /** The rows behind what it draws, whose corrections are noted under it. */
  drawn: { figures?: readonly Figure[]; claims?: readonly Claim[] };
}

/** Adds the labels of the annotations on its figures, renders the spec to SVG at build time and assembles the chart. */
export async function builtChart({ drawn, ...parts }: ChartParts, evidence: Evidence): Promise<BuiltChart> {
  const { spec, notes } = await annotateSpec(parts.spec, evidence);
  const { svg, width, height } = await renderSvg(spec);
  const of = correctionsOf(evidence);
  const corrections = [
    ...namedCorrections(of, "figures", drawn.figures ?? [], (f) => f.subject),
    ...namedCorrections(of, "claims", drawn.claims ?? [], (c) => c.summary),
    ...namedCorrections(
      of,
      "annotations",
      notes.map((n) => n.annotation),
      (a) => a.label,
    ),
  ];
  return {
    ...parts,
    spec,
    ...(notes.length ? { annotations: notes } : {}),
    ...(corrections.length ? { corrections } : {}),
    svg: compactSvg(svg),
    width,
    height,
    sourceLine: sourceLine(parts.sources, evidence),
    empty: false,
  };
}

/** A chart with nothing to show: the takeaway says what is missing, the page shows it as text. */
export function emptyChart(id: string, title: string, takeaway: string): BuiltChart {
  return {
    id,
    title,
    takeaway,
    description: takeaway,
    svg: "",
    width: 0,
    height: 0,
    rows: [],
    table: { caption: title, columns: [], rows: [] },
    sources: [],
    sourceLine: "",
    empty: true,
  };
}
