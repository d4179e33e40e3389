// Labelled horizontal bars, the label on its own line above each bar: the bar can use the whole
// width, long names never collide with the axis, and the chart stays legible scaled to a phone.
import type { Field } from "vega-lite/types_unstable/channeldef.js";
import type { LayerSpec } from "vega-lite/types_unstable/spec/layer.js";
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

/** A layered view: one bar and one label per datum, x from 0 to `domainMax`. */
export function labelledBars(values: readonly BarDatum[], { domainMax }: { domainMax: number }): BarsView {
  const kinds = Object.keys(BarKind) as BarKindName[];
  const twoLines = values.some((v) => v.detail);
  return {
    data: { values: values.map((v) => ({ ...v, lines: twoLines ? [v.label, v.detail ?? ""] : v.label })) },
    width: chartWidth,
    height: { step: rowStep + (twoLines ? lineHeight : 0) },
    encoding: { y: { field: "key", type: "nominal", sort: null, axis: null } },
    layer: [
      {
        mark: { type: "bar", height: barHeight, yOffset: twoLines ? 17 : 9, strokeWidth: 1 },
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
          dy: twoLines ? -13 : -2,
          lineHeight,
          fontSize,
          fill: "currentColor",
          // vega measures text without a canvas at ~0.8 em per character, real text is ~0.55 em.
          limit: chartWidth * 1.4,
        },
        encoding: { text: { field: "lines", type: "nominal" } },
      },
    ],
  };
}
