// The annotations in the timeline's scene: spans of time as labelled bands behind the marks,
// labels (with their leader lines) on top. The emphasised annotation (the guided story's
// current step) is drawn bold, its band stronger and its mark ringed.
import { geometry } from "./geometry.js";
import { labelFont } from "./labels.js";
import type { TimelineLayout } from "./layout.js";
import { doubtNode, edgeMask } from "./scene-marks.js";
import { r, type SceneOptions, type SvgNode } from "./scene-node.js";
import type { TimelineView } from "./view.js";

/**
 * The eras' bands, drawn through the masks of items with the same dates (soft or fading edges,
 * scene-marks.ts); an uncertain era's band is marked at its start's top corner.
 */
export function eraNodes(view: TimelineView, layout: TimelineLayout, options: SceneOptions): SvgNode[] {
  if (!layout.eras.length) return [];
  const { emphasis, idPrefix } = options;
  const children = layout.eras.flatMap((era): SvgNode[] => {
    const annotation = view.annotations?.[era.annotation];
    const id = annotation?.id ?? "";
    const mask = annotation && edgeMask(annotation);
    const { x, y, width, height } = era.box;
    const band: SvgNode = {
      tag: "rect",
      attrs: {
        class: id === emphasis ? "tl-era tl-emphasis" : "tl-era",
        "data-annotation": id,
        x: r(x),
        y: r(y),
        width: r(width),
        height: r(height),
        "fill-opacity": id === emphasis ? 0.16 : 0.07,
        ...(mask ? { mask: `url(#${idPrefix}-${mask})` } : {}),
      },
    };
    if (!annotation?.doubt) return [band];
    // The start's corner: the top left, or the top right when time runs right to left across.
    const startX = layout.direction === "rtl" && layout.orientation === "horizontal" ? x + width - 12 : x;
    return [band, doubtNode(startX, y + 10, view.doubtMark ?? "?")];
  });
  return [{ tag: "g", attrs: { class: "tl-eras", fill: "currentColor" }, children }];
}

export function labelNodes(view: TimelineView, layout: TimelineLayout, emphasis?: string): SvgNode[] {
  if (!layout.labels.length) return [];
  const leaders: SvgNode[] = [];
  const texts: SvgNode[] = [];
  const rings: SvgNode[] = [];
  const rtl = layout.direction === "rtl";
  for (const label of layout.labels) {
    const annotation = view.annotations?.[label.annotation];
    if (!annotation) continue;
    const current = annotation.id === emphasis;
    if (label.leader) {
      const { x1, y1, x2, y2 } = label.leader;
      leaders.push({ tag: "path", attrs: { d: `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}` } });
    }
    const { box } = label;
    // Lines flush with the box's side nearer the lanes: its left, or its right when mirrored.
    const x = r(rtl ? box.x + box.width - 2 : box.x + 2);
    texts.push({
      tag: "text",
      attrs: {
        class: current ? "tl-label tl-emphasis" : "tl-label",
        "data-annotation": annotation.id,
        x,
        y: r(box.y + 1),
        ...(rtl ? { "text-anchor": "end" } : {}),
        ...(current ? { "font-weight": "bold" } : {}),
      },
      children: label.lines.map((line, i) => ({
        tag: "tspan",
        attrs: { x, dy: i === 0 ? labelFont.size : labelFont.line },
        text: line,
      })),
    });
    const m = current && annotation.item !== undefined ? layout.marks.find(annotation.item) : -1;
    const mark = layout.marks.at(m);
    if (mark)
      rings.push({
        tag: "circle",
        attrs: { class: "tl-emphasis-ring", cx: r(mark.cx), cy: r(mark.cy), r: geometry.symbolSize },
      });
  }
  return [
    {
      tag: "g",
      attrs: { class: "tl-leaders", stroke: "currentColor", "stroke-opacity": 0.5, fill: "none" },
      children: leaders,
    },
    {
      tag: "g",
      attrs: { class: "tl-rings", stroke: "currentColor", "stroke-width": 2, fill: "none" },
      children: rings,
    },
    {
      tag: "g",
      attrs: { class: "tl-labels", fill: "currentColor", "font-size": labelFont.size },
      children: texts,
    },
  ];
}
