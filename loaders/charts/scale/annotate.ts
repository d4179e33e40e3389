// Annotations on figures, drawn on the scale chart that shows the figure: the chart is laid out
// once (scene-boxes.ts), the labels are placed (labels.ts), and the spec gets a text layer per
// label (and a rule per leader line) at those pixels, so the build-time SVG and the interactive
// view (compiled from the same spec) draw them alike. Every annotation of the chart is also
// returned as a note for the text under the chart, whether its label fitted or not.
import type { TopLevelSpec } from "vega-lite";
import { storyPriority } from "../../../src/shared/labels/priority.ts";
import type { Evidence } from "../../model.ts";
import type { ChartNote } from "../types.ts";
import { placeScaleLabels, type ScaleLabel, scaleLabelFont } from "./labels.ts";
import { sceneViews } from "./scene-boxes.ts";

export interface AnnotatedSpec {
  spec: TopLevelSpec;
  notes: ChartNote[];
}

/**
 * The layers that draw a view's labels, in its pixels: leader lines (under them) and texts, one
 * layer each, named `sc-label-…` and `sc-leader-…` (vega renders the names as classes, such as
 * sc_label_0_marks, which the browser tests find). Values, not fields: a field would meet the
 * bars' band scale the layers inherit.
 */
function labelLayers(labels: readonly ScaleLabel[], prefix: string): object[] {
  const one = { values: [{}] };
  const leaders = labels.flatMap((label, i) => {
    if (!label.leader) return [];
    const { x1, y1, x2, y2 } = label.leader;
    return [
      {
        name: `sc-leader-${prefix}${i}`,
        data: one,
        mark: { type: "rule", stroke: "currentColor", strokeOpacity: 0.6, strokeWidth: 1, tooltip: null },
        encoding: { x: { value: x1 }, y: { value: y1 }, x2: { value: x2 }, y2: { value: y2 } },
      },
    ];
  });
  const texts = labels.map((label, i) => ({
    name: `sc-label-${prefix}${i}`,
    data: one,
    mark: {
      type: "text",
      align: "left",
      baseline: "top",
      fontSize: scaleLabelFont.size,
      lineHeight: scaleLabelFont.line,
      fontStyle: "italic",
      fill: "currentColor",
      text: label.lines,
      tooltip: null,
    },
    encoding: { x: { value: label.box.x + 2 }, y: { value: label.box.y + 1 } },
  }));
  return [...leaders, ...texts];
}

type Spec = Record<string, unknown> & { layer?: object[]; vconcat?: Record<string, unknown>[] };

/** A unit or layered view with `layers` on top (a unit's own data, mark and encoding become its first layer). */
function withLayers(view: Record<string, unknown>, layers: readonly object[]): Record<string, unknown> {
  if (Array.isArray(view.layer)) return { ...view, layer: [...view.layer, ...layers] };
  const { mark, encoding, transform, ...rest } = view;
  return { ...rest, layer: [{ mark, encoding, ...(transform ? { transform } : {}) }, ...layers] };
}

function paddingPlus(padding: unknown, extra: number): object {
  const p = typeof padding === "number" ? padding : 0;
  const sides = typeof padding === "object" && padding ? (padding as Record<string, number>) : {};
  return {
    left: sides.left ?? p,
    right: sides.right ?? p,
    top: sides.top ?? p,
    bottom: (sides.bottom ?? p) + extra,
  };
}

/** The spec with the labels of the annotations on the figures it draws, and those annotations as notes. */
export async function annotateSpec(spec: TopLevelSpec, evidence: Evidence): Promise<AnnotatedSpec> {
  const figures = new Set(evidence.figures.map((f) => f.id));
  const onFigures = evidence.annotations
    .map((annotation, index) => ({ annotation, index }))
    .filter(({ annotation }) => annotation.target !== undefined && figures.has(annotation.target));
  if (!onFigures.length) return { spec, notes: [] };
  const requests = onFigures.map(({ annotation, index }) => ({
    id: annotation.id,
    label: annotation.label,
    figure: annotation.target as string,
    priority: storyPriority(annotation, index),
  }));
  let out = { ...(spec as Spec) };
  const shown = new Set<string>();
  const drawn = new Set<string>();
  for (const view of await sceneViews(spec)) {
    for (const box of view.boxes) if (box.figure !== undefined) shown.add(box.figure);
    const { labels, extra } = placeScaleLabels(view, requests);
    if (!labels.length) continue;
    for (const label of labels) drawn.add(label.id);
    const layers = labelLayers(labels, view.view === "root" ? "" : `panel-${view.view}-`);
    if (view.view === "root") {
      out = { ...withLayers(out, layers), padding: paddingPlus(out.padding, extra) } as Spec;
    } else {
      const panels = [...(out.vconcat ?? [])];
      const panel = panels[view.view] as Record<string, unknown>;
      panels[view.view] = { ...withLayers(panel, layers), height: (panel.height as number) + extra };
      out = { ...out, vconcat: panels };
    }
  }
  const notes = onFigures
    .filter(({ annotation }) => shown.has(annotation.target as string))
    .map(({ annotation }) => ({ annotation, drawn: drawn.has(annotation.id) }));
  return { spec: out as TopLevelSpec, notes };
}
