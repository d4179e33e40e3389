// A unit (waffle) chart: a small number against the headline number, one square standing for a
// fixed number of people (the small number, rounded), so the ratio can be counted, not guessed.
import type { TopLevelSpec } from "vega-lite";
import { formatCount, formatQuantity } from "../../format/number.ts";
import type { Evidence, Figure } from "../../model.ts";
import { siteLocale, t } from "../../site/locale.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import {
  baseConfig,
  builtChart,
  capitalised,
  chartWidth,
  colours,
  emptyChart,
  fontSize,
  formatDate,
  formatExact,
  safeChars,
  schemaUrl,
  sourceIds,
  wrapText,
} from "./common.ts";
import { comparedTotal, digest, headlineTotal } from "./select.ts";

export const waffleChartId = "scale-waffle";
/** Squares per row and the pitch of the grid: 25 × 16 px fills the chart width. */
export const columns = 25;
const cell = chartWidth / columns;
const gap = 3;
/** More squares than this would no longer be countable; the square then stands for more. */
export const maxSquares = 1000;

/** A round number near `value`: two significant digits (270,000; 311,127 → 310,000). */
export function roundNumber(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.max(1, Math.round(value / magnitude) * magnitude);
}

export interface WafflePlan {
  small: Figure;
  big: Figure;
  /** How many of the unit one square stands for. */
  perSquare: number;
  smallSquares: number;
  bigSquares: number;
  /** big / small, exact. */
  ratio: number;
}

export function plan(small: Figure, big: Figure): WafflePlan {
  let perSquare = roundNumber(small.value);
  if (big.value / perSquare > maxSquares) perSquare = roundNumber(big.value / maxSquares);
  return {
    small,
    big,
    perSquare,
    smallSquares: Math.max(1, Math.round(small.value / perSquare)),
    bigSquares: Math.max(1, Math.round(big.value / perSquare)),
    ratio: big.value / small.value,
  };
}

/** "about 322 times", "about 3.2 times". */
export function formatRatio(ratio: number): string {
  const rounded = ratio >= 10 ? Math.round(ratio) : Number(ratio.toFixed(1));
  return t("scale.waffle.ratio", { ratio: siteLocale().number(rounded, 6) });
}

const squaresText = (n: number) => t("scale.waffle.squares", { count: n });

function panel(figure: Figure, squares: number, colour: string) {
  const rows = Math.ceil(squares / columns);
  const values = Array.from({ length: squares }, (_, i) => {
    const x = (i % columns) * cell;
    const y = Math.floor(i / columns) * cell;
    return { x, x2: x + cell - gap, y, y2: y + cell - gap };
  });
  return {
    title: {
      text: `${formatQuantity(figure.value, figure.unit)} · ${squaresText(squares)}`,
      subtitle: wrapText(figure.subject, safeChars(fontSize - 1)),
    },
    data: { values },
    // Every square is the figure's: the label placer finds the group by it (annotate.ts).
    transform: [{ calculate: JSON.stringify(figure.id), as: "figure" }],
    width: Math.min(squares, columns) * cell,
    height: rows * cell,
    mark: { type: "rect" as const, fill: colour },
    encoding: {
      x: { field: "x", type: "quantitative" as const, scale: null, axis: null },
      x2: { field: "x2" },
      y: { field: "y", type: "quantitative" as const, scale: null, axis: null },
      y2: { field: "y2" },
    },
  };
}

export function waffleSpec(p: WafflePlan): TopLevelSpec {
  return {
    $schema: schemaUrl,
    config: baseConfig(),
    padding: 6,
    vconcat: [panel(p.small, p.smallSquares, colours.secondary), panel(p.big, p.bigSquares, colours.primary)],
  };
}

function row(which: string, f: Figure, squares: number, perSquare: number): BuiltChart["rows"][number] {
  return {
    compared: which,
    subject: f.subject,
    value: f.value,
    unit: f.unit,
    as_of: f.asOf?.iso ?? null,
    squares,
    per_square: perSquare,
    figure: f.id,
    sources: f.sources.join(";"),
  };
}

export async function buildWaffleChart(evidence: Evidence): Promise<BuiltChart> {
  const d = digest(evidence);
  const big = headlineTotal(d);
  const small = big ? comparedTotal(d, big) : undefined;
  if (!big || !small) {
    return emptyChart(waffleChartId, t("scale.waffle.emptyTitle"), t("scale.waffle.empty"));
  }
  const p = plan(small, big);
  const one = formatQuantity(p.perSquare, big.unit);
  const title = t("scale.waffle.title", {
    small: formatCount(small.value),
    big: formatCount(big.value),
    square: one,
  });
  const takeaway = t("scale.waffle.takeaway", {
    big: formatQuantity(big.value, big.unit),
    ratio: formatRatio(p.ratio),
    small: formatQuantity(small.value, small.unit),
  });
  const describe = (f: Figure, n: number) =>
    `${f.subject}: ${formatQuantity(f.value, f.unit)} (${formatDate(f.asOf)}), ${squaresText(n)}`;
  return builtChart(
    {
      id: waffleChartId,
      title,
      takeaway,
      description: t("scale.waffle.description", {
        square: one,
        small: describe(small, p.smallSquares),
        big: describe(big, p.bigSquares),
        takeaway,
      }),
      spec: waffleSpec(p),
      rows: [
        row("smaller", small, p.smallSquares, p.perSquare),
        row("headline", big, p.bigSquares, p.perSquare),
      ],
      table: {
        caption: `${title} (${formatRatio(p.ratio)})`,
        columns: [
          { label: t("scale.column.what") },
          { label: capitalised(big.unit), numeric: true },
          { label: t("scale.column.squares"), numeric: true },
          { label: t("scale.column.asOf") },
        ],
        rows: [small, big].map((f, i) => [
          f.subject,
          formatExact(f.value),
          formatExact(i === 0 ? p.smallSquares : p.bigSquares),
          formatDate(f.asOf),
        ]),
      },
      sources: sourceIds([small, big]),
      drawn: { figures: [small, big] },
    },
    evidence,
  );
}

export const waffleChart: ChartDefinition = {
  id: waffleChartId,
  page: "/scale",
  description:
    "A unit chart: a smaller stated total against the headline total in the same unit, one square standing for a fixed number, the ratio stated.",
  needs: ["figures", "sources"],
  build: buildWaffleChart,
};
