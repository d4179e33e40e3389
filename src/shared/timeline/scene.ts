// The timeline drawn as a tree of SVG nodes: one drawing for two renderers, the build-time
// SVG string (loaders/charts/timeline/svg.ts escapes every value) and the browser's DOM
// (src/components/timeline/svg-element.ts sets attributes and text, never markup).
// Pure: no DOM, no strings of markup. The marks themselves are drawn in scene-marks.ts.
import { geometry } from "./geometry.js";
import type { PlacedLane, TimelineLayout } from "./layout.js";
import { eraNodes, labelNodes } from "./scene-labels.js";
import { densityNodes, edgeMasks, linkNodes, markNodes } from "./scene-marks.js";
import { r, type SceneOptions, type SvgNode } from "./scene-node.js";
import type { TimelineView } from "./view.js";

export type { SceneOptions, SvgNode } from "./scene-node.js";

/** Text cut to about `width` px of 11 px sans-serif, with an ellipsis. */
export function fitText(text: string, width: number): string {
  const chars = Math.max(3, Math.floor(width / 6.8));
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/**
 * Where the names and dates beside the plot go: before it (left) when time runs left to right,
 * after it (right) when it runs right to left; `room` is the margin's width.
 */
function sideOf(layout: TimelineLayout, gap: number): { x: number; anchor: string; room: number } {
  const { plot } = layout;
  if (layout.direction === "rtl") {
    const end = plot.x + plot.width;
    return { x: end + gap, anchor: "start", room: layout.width - end };
  }
  return { x: plot.x - gap, anchor: "end", room: plot.x };
}

function laneNodes(layout: TimelineLayout): SvgNode[] {
  const { plot } = layout;
  const vertical = layout.orientation === "vertical";
  const side = sideOf(layout, 8);
  const shades: SvgNode[] = [];
  const labels: SvgNode[] = [];
  layout.lanes.forEach((lane: PlacedLane, i) => {
    if (i % 2 === 0)
      shades.push({
        tag: "rect",
        attrs: vertical
          ? { x: r(lane.start), y: plot.y, width: r(lane.size), height: plot.height }
          : { x: plot.x, y: r(lane.start), width: plot.width, height: r(lane.size) },
      });
    const title = { tag: "title", text: lane.label };
    labels.push(
      vertical
        ? {
            tag: "text",
            attrs: { transform: `translate(${r(lane.start + lane.size / 2 + 4)},${plot.y - 8}) rotate(-90)` },
            children: [{ tag: "tspan", text: fitText(lane.label, plot.y - 14) }, title],
          }
        : {
            tag: "text",
            attrs: {
              x: r(side.x),
              y: r(lane.start + geometry.lanePadding + geometry.rowSize / 2),
              "text-anchor": side.anchor,
              "dominant-baseline": "central",
            },
            children: [{ tag: "tspan", text: fitText(lane.label, side.room - 14) }, title],
          },
    );
  });
  return [
    { tag: "g", attrs: { class: "tl-bands", fill: "currentColor", "fill-opacity": 0.06 }, children: shades },
    { tag: "g", attrs: { class: "tl-lane-labels", fill: "currentColor" }, children: labels },
  ];
}

function axisNodes(layout: TimelineLayout): SvgNode[] {
  const { plot } = layout;
  const vertical = layout.orientation === "vertical";
  const side = sideOf(layout, 6);
  const lines = layout.ticks.map(
    (tick): SvgNode => ({
      tag: "line",
      attrs: vertical
        ? { x1: plot.x, x2: r(plot.x + plot.width), y1: r(tick.at), y2: r(tick.at) }
        : { x1: r(tick.at), x2: r(tick.at), y1: plot.y, y2: r(plot.y + plot.height) },
    }),
  );
  const labels = layout.ticks.map(
    (tick): SvgNode => ({
      tag: "text",
      attrs: vertical
        ? { x: r(side.x), y: r(tick.at), "text-anchor": side.anchor, "dominant-baseline": "central" }
        : { x: r(tick.at), y: plot.y - 8, "text-anchor": "middle" },
      text: tick.label,
    }),
  );
  return [
    {
      tag: "g",
      attrs: { class: "tl-grid", stroke: "currentColor", "stroke-opacity": 0.18 },
      children: lines,
    },
    { tag: "g", attrs: { class: "tl-ticks", fill: "currentColor" }, children: labels },
  ];
}

function defsNode(layout: TimelineLayout, idPrefix: string): SvgNode {
  // Along time: down, or across toward later days (leftward when time runs right to left).
  const rtl = layout.direction === "rtl";
  const along =
    layout.orientation === "vertical" ? { x1: 0, x2: 0, y2: 1 } : { x1: rtl ? 1 : 0, x2: rtl ? 0 : 1, y2: 0 };
  const masks = Object.entries(edgeMasks).flatMap(([name, stops]): SvgNode[] => [
    {
      tag: "linearGradient",
      attrs: { id: `${idPrefix}-${name}-fade`, y1: 0, ...along },
      children: stops.map(([offset, opacity]) => ({
        tag: "stop",
        attrs: { offset, "stop-color": "#fff", "stop-opacity": opacity },
      })),
    },
    {
      tag: "mask",
      attrs: { id: `${idPrefix}-${name}`, maskContentUnits: "objectBoundingBox" },
      children: [{ tag: "rect", attrs: { width: 1, height: 1, fill: `url(#${idPrefix}-${name}-fade)` } }],
    },
  ]);
  return { tag: "defs", children: masks };
}

export function timelineScene(view: TimelineView, layout: TimelineLayout, options: SceneOptions): SvgNode {
  const marks =
    options.marks === "each"
      ? [...linkNodes(layout), ...markNodes(view, layout, options)]
      : options.marks === "density"
        ? densityNodes(layout)
        : [];
  return {
    tag: "svg",
    attrs: {
      xmlns: "http://www.w3.org/2000/svg",
      class: `tl-svg tl-${layout.orientation}`,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      "font-family": "system-ui, sans-serif",
      "font-size": 11,
      // Positions and text anchors are physical, as resvg (which ignores direction) draws them:
      // a right-to-left page around the drawing must not turn "start" into its right end.
      direction: "ltr",
    },
    children: [
      defsNode(layout, options.idPrefix),
      ...laneNodes(layout),
      ...eraNodes(view, layout, options),
      ...axisNodes(layout),
      ...marks,
      ...labelNodes(view, layout, options.emphasis),
    ],
  };
}
