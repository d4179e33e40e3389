// Labelled horizontal bars, the label on its own line above each bar: the bar can use the whole
// width, long names never collide with the axis, and the chart stays legible scaled to a phone.
// A label wider than the chart wraps onto more lines (measured as the label placers measure
// text, ../../../src/shared/labels/text.ts), so no word of it is ever cut off.
import type { Field } from "vega-lite/types_unstable/channeldef.js";
import type { LayerSpec } from "vega-lite/types_unstable/spec/layer.js";
import { wrapText } from "../../../src/shared/labels/text.ts";
import { chartWidth, colours, fontSize } from "./common.ts";

export interface BarDatum {
  /** Unique per bar (bands are keyed by it, so equal labels never merge). */
  key: string;
  /** Everything the reader needs, numbers included: "United States: 70.6 million · 81%". */
  label: string;
  /** An optional second line under the label (e.g. the source). */
  detail?: string;
  value: number;
  kind: BarKindName;
}

/** How a bar is drawn; the label says the same in words, so colour is never the only cue. */
export const BarKind = {
  part: { fill: colours.primary, stroke: colours.primary, dash: [1, 0] },
  computed: { fill: colours.computed, stroke: "currentColor", dash: [4, 2] },
  total: { fill: "transparent", stroke: "currentColor", dash: [1, 0] },
} as const;
export type BarKindName = keyof typeof BarKind;

export const rowStep = 44;
const lineHeight = 18;
const barHeight = 14;

type BarsView = LayerSpec<Field> & { data: { values: object[] }; width: number };

/**
 * Each datum's lines: its label wrapped to the chart's width, then its detail. Every row takes as
 * many lines as the longest; a shorter label is pushed down to stand just above its bar.
 */
export function barLines(values: readonly BarDatum[]): string[][] {
  // A line break typed in the data stays one; each typed line wraps on its own.
  const labels = values.map((v) =>
    v.label.split(/\r?\n/).flatMap((line) => wrapText(line, chartWidth, fontSize)),
  );
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const detail = values.some((v) => v.detail);
  return values.map((v, i) => {
    const label = labels[i] ?? [];
    const padded = [...Array<string>(labelLines - label.length).fill(""), ...label];
    return detail ? [...padded, v.detail ?? ""] : padded;
  });
}

/** A layered view: one bar and one label per datum, x from 0 to `domainMax`. */
export function labelledBars(values: readonly BarDatum[], { domainMax }: { domainMax: number }): BarsView {
  const kinds = Object.keys(BarKind) as BarKindName[];
  const lines = barLines(values);
  const count = lines[0]?.length ?? 1;
  const step = rowStep + (count - 1) * lineHeight;
  // The first line's baseline near the band's top, the bar 5 px under the last line (7 for one).
  const barTop = count === 1 ? 24 : 23 + (count - 1) * lineHeight;
  return {
    data: { values: values.map((v, i) => ({ ...v, lines: count === 1 ? lines[i]?.[0] : lines[i] })) },
    width: chartWidth,
    height: { step },
    encoding: { y: { field: "key", type: "nominal", sort: null, axis: null } },
    layer: [
      {
        mark: {
          type: "bar",
          height: barHeight,
          yOffset: barTop - (step - barHeight) / 2,
          strokeWidth: 1,
        },
        encoding: {
          x: {
            field: "value",
            type: "quantitative",
            axis: null,
            scale: { domain: [0, domainMax > 0 ? domainMax : 1], nice: false },
          },
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
          strokeDash: {
            field: "kind",
            type: "nominal",
            scale: { domain: kinds, range: kinds.map((k) => [...BarKind[k].dash]) },
            legend: null,
          },
        },
      },
      {
        mark: {
          type: "text",
          align: "left",
          baseline: "bottom",
          x: 0,
          dy: count === 1 ? -2 : 18 - step / 2,
          lineHeight,
          fontSize,
          fill: "currentColor",
          // No limit: the lines are wrapped to fit, and vega (measuring ~0.8 em a character
          // without a canvas, real text is ~0.55 em) would cut a line that fits.
        },
        encoding: { text: { field: "lines", type: "nominal" } },
      },
    ],
  };
}
