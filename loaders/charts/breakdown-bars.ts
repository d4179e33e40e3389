// Horizontal bars for the parts of a breakdown (e.g. people affected per country), labelled
// with reader-friendly numbers. Sized to its own width; the page scales the SVG down on phones.
import type { TopLevelSpec } from "vega-lite";
import { formatQuantity } from "../format/number.ts";

export interface BarDatum {
  label: string;
  value: number;
}

export function breakdownBarsSpec(
  data: readonly BarDatum[],
  { unit, width = 560 }: { unit: string; width?: number },
): TopLevelSpec {
  const values = data.map((d) => ({ ...d, text: formatQuantity(d.value, unit) }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width,
    height: { step: 26 },
    data: { values },
    // Transparent, text in currentColor: inline in the page, the chart follows light and dark themes.
    background: "transparent",
    config: {
      aria: false,
      view: { stroke: null },
      font: "system-ui, sans-serif",
      axis: { labelColor: "currentColor", labelFontSize: 12 },
    },
    encoding: {
      y: {
        field: "label",
        type: "nominal",
        sort: null,
        title: null,
        axis: { labelLimit: 180, ticks: false },
      },
      x: { field: "value", type: "quantitative", title: null, axis: null },
    },
    layer: [
      { mark: { type: "bar", color: "#4269d0" } },
      {
        mark: { type: "text", align: "left", dx: 4, color: "currentColor", fontSize: 12 },
        encoding: { text: { field: "text", type: "nominal" } },
      },
    ],
  };
}
