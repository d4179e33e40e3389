// The annotations in the timeline's scene: spans of time as labelled bands behind the marks,
// labels (with their leader lines) on top. The emphasised annotation (the guided story's
// current step) is drawn bold, its band stronger and its mark ringed.
import { geometry } from "./geometry.js";
import { labelFont } from "./labels.js";
import type { TimelineLayout } from "./layout.js";
import { r, type SvgNode } from "./scene-node.js";
import type { TimelineView } from "./view.js";

export function eraNodes(view: TimelineView, layout: TimelineLayout, emphasis?: string): SvgNode[] {
  if (!layout.eras.length) return [];
  const children = layout.eras.map((era): SvgNode => {
    const id = view.annotations?.[era.annotation]?.id ?? "";
    return {
      tag: "rect",
      attrs: {
        class: id === emphasis ? "tl-era tl-emphasis" : "tl-era",
        "data-annotation": id,
        x: r(era.box.x),
        y: r(era.box.y),
        width: r(era.box.width),
        height: r(era.box.height),
        "fill-opacity": id === emphasis ? 0.16 : 0.07,
      },
    };
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
