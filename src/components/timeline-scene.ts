// The timeline drawn as a tree of SVG nodes: one drawing for two renderers, the build-time
// SVG string (loaders/charts/timeline/svg.ts escapes every value) and the browser's DOM
// (timeline-render.ts sets attributes and text, never markup). Pure: no DOM, no strings of markup.
import {
  geometry,
  itemClass,
  itemSymbol,
  type PlacedLane,
  symbolPath,
  type TimelineLayout,
  type TimelineView,
} from "./timeline-layout.js";

export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number>;
  /** Text content (escaped by the renderer). */
  text?: string;
  children?: SvgNode[];
}

export interface SceneOptions {
  /** Prefix for ids inside the SVG, unique within the page. */
  idPrefix: string;
  /** `each`: a mark per item; `density`: per lane, how many items fall in each few pixels; `none`: lanes and axis only. */
  marks: "each" | "density" | "none";
  /** A short text per item (index into the view), shown as the mark's tooltip. */
  label?: (index: number) => string;
  /** Where a mark links to (e.g. `#event-x`, its entry in the list). */
  href?: (index: number) => string;
  /** Colours per CSS class (`tl-status-confirmed`…) for SVGs shown without the site's CSS. */
  palette?: Readonly<Record<string, string>>;
}

const binSize = 4;

/** Coordinates to a tenth of a pixel: enough on screen, and a much shorter SVG. */
function r(n: number): number {
  return Math.round(n * 10) / 10;
}

// A period is a filled bar; a date known only to its month or year is a faint, dashed box.
const barStyles = {
  period: { class: "tl-bar tl-bar-period", "fill-opacity": 0.35 },
  uncertain: { class: "tl-bar tl-bar-uncertain", "fill-opacity": 0.1, "stroke-dasharray": "3 2" },
} as const;

/** Text cut to about `width` px of 11 px sans-serif, with an ellipsis. */
export function fitText(text: string, width: number): string {
  const chars = Math.max(3, Math.floor(width / 6.8));
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

function laneNodes(layout: TimelineLayout): SvgNode[] {
  const { plot } = layout;
  const vertical = layout.orientation === "vertical";
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
              x: plot.x - 8,
              y: r(lane.start + geometry.lanePadding + geometry.rowSize / 2),
              "text-anchor": "end",
              "dominant-baseline": "central",
            },
            children: [{ tag: "tspan", text: fitText(lane.label, plot.x - 14) }, title],
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
        ? { x: plot.x - 6, y: r(tick.at), "text-anchor": "end", "dominant-baseline": "central" }
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

function linkNodes(layout: TimelineLayout): SvgNode[] {
  if (!layout.links.length) return [];
  const children: SvgNode[] = [];
  for (const link of layout.links) {
    children.push({ tag: "path", attrs: { d: `M${r(link.x1)},${r(link.y1)}L${r(link.x2)},${r(link.y2)}` } });
    for (const dot of link.dots)
      children.push({ tag: "circle", attrs: { cx: r(dot.x), cy: r(dot.y), r: 2.5 } });
  }
  return [
    {
      tag: "g",
      attrs: {
        class: "tl-links",
        stroke: "currentColor",
        "stroke-opacity": 0.45,
        fill: "currentColor",
        "fill-opacity": 0.6,
      },
      children,
    },
  ];
}

/** Marks grouped by colour class (bars first, symbols on top). */
function markNodes(view: TimelineView, layout: TimelineLayout, options: SceneOptions): SvgNode[] {
  const bars = new Map<string, SvgNode[]>();
  const symbols = new Map<string, SvgNode[]>();
  const push = (map: Map<string, SvgNode[]>, key: string, node: SvgNode) => {
    const list = map.get(key);
    if (list) list.push(node);
    else map.set(key, [node]);
  };
  for (const mark of layout.marks) {
    const item = view.items[mark.index];
    if (!item) continue;
    const cls = itemClass(item);
    if (item.form !== "day") {
      push(bars, cls, {
        tag: "rect",
        attrs: {
          ...(item.form === "period" ? barStyles.period : barStyles.uncertain),
          x: r(mark.x),
          y: r(mark.y),
          width: r(mark.w),
          height: r(mark.h),
          ...(item.vague ? { mask: `url(#${options.idPrefix}-soft)` } : {}),
        },
      });
    }
    const label = options.label?.(mark.index);
    const symbol: SvgNode = {
      tag: "path",
      attrs: {
        class: "tl-mark",
        d: symbolPath(itemSymbol(item), mark.cx, mark.cy, geometry.symbolSize),
        "data-id": item.id,
      },
      ...(label ? { children: [{ tag: "title", text: label }] } : {}),
    };
    const href = options.href?.(mark.index);
    push(symbols, cls, href ? { tag: "a", attrs: { href, tabindex: -1 }, children: [symbol] } : symbol);
  }
  const groups = (map: Map<string, SvgNode[]>, name: string, paint: Record<string, string>) =>
    [...map].map(
      ([cls, children]): SvgNode => ({
        tag: "g",
        attrs: {
          class: `${name} ${cls}`,
          ...paint,
          ...(options.palette?.[cls] ? { color: options.palette[cls] } : {}),
        },
        children,
      }),
    );
  return [
    ...groups(bars, "tl-bars", { fill: "currentColor", stroke: "currentColor" }),
    ...groups(symbols, "tl-symbols", { fill: "currentColor" }),
  ];
}

/** Per lane, a bar per few pixels of time whose length says how many items fall there. */
function densityNodes(layout: TimelineLayout): SvgNode[] {
  const vertical = layout.orientation === "vertical";
  const counts = layout.lanes.map(() => new Map<number, number>());
  for (const mark of layout.marks) {
    const cross = vertical ? mark.cx : mark.cy;
    const lane = layout.lanes.findIndex((l) => cross >= l.start && cross < l.start + l.size);
    const bin = Math.floor((vertical ? mark.cy : mark.cx) / binSize);
    const map = counts[lane];
    if (map) map.set(bin, (map.get(bin) ?? 0) + 1);
  }
  let max = 1;
  for (const map of counts) for (const count of map.values()) if (count > max) max = count;
  const paths: SvgNode[] = [];
  layout.lanes.forEach((lane, i) => {
    const room = lane.size - 2 * geometry.lanePadding;
    const base = r(lane.start + lane.size - geometry.lanePadding);
    const d = [...(counts[i] ?? new Map<number, number>())]
      .sort((a, b) => a[0] - b[0])
      .map(([bin, count]) => {
        const length = Math.max(1, Math.round(Math.sqrt(count / max) * room));
        return vertical
          ? `M${base},${bin * binSize}v${binSize}h${-length}v${-binSize}z`
          : `M${bin * binSize},${base}h${binSize}v${-length}h${-binSize}z`;
      })
      .join("");
    if (d) paths.push({ tag: "path", attrs: { d } });
  });
  return [
    { tag: "g", attrs: { class: "tl-density", fill: "currentColor", "fill-opacity": 0.7 }, children: paths },
  ];
}

function defsNode(layout: TimelineLayout, idPrefix: string): SvgNode {
  const along = layout.orientation === "vertical" ? { x2: 0, y2: 1 } : { x2: 1, y2: 0 };
  const stop = (offset: number, opacity: number): SvgNode => ({
    tag: "stop",
    attrs: { offset, "stop-color": "#fff", "stop-opacity": opacity },
  });
  return {
    tag: "defs",
    children: [
      {
        tag: "linearGradient",
        attrs: { id: `${idPrefix}-fade`, x1: 0, y1: 0, ...along },
        children: [stop(0, 0), stop(0.25, 1), stop(0.75, 1), stop(1, 0)],
      },
      {
        tag: "mask",
        attrs: { id: `${idPrefix}-soft`, maskContentUnits: "objectBoundingBox" },
        children: [{ tag: "rect", attrs: { width: 1, height: 1, fill: `url(#${idPrefix}-fade)` } }],
      },
    ],
  };
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
    },
    children: [defsNode(layout, options.idPrefix), ...laneNodes(layout), ...axisNodes(layout), ...marks],
  };
}
