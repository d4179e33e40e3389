// The marks of the timeline's scene: one symbol (and bar) per item, the links between lanes,
// or, for too many items, a density strip per lane.
import { geometry } from "./geometry.js";
import type { TimelineLayout } from "./layout.js";
import { r, type SceneOptions, type SvgNode } from "./scene-node.js";
import { itemClass, itemSymbol, symbolPath } from "./symbols.js";
import type { EdgeFlags, TimelineView } from "./view.js";

const binSize = 4;

// A period is a filled bar; a date known only to its month or year is a faint, dashed box; an
// open one ("before …") a bar that fades out away from its known side.
const barStyles = {
  period: { class: "tl-bar tl-bar-period", "fill-opacity": 0.35 },
  uncertain: { class: "tl-bar tl-bar-uncertain", "fill-opacity": 0.1, "stroke-dasharray": "3 2" },
  open: { class: "tl-bar tl-bar-open", "fill-opacity": 0.45, stroke: "none" },
} as const;

/** Masks, as [offset, opacity] stops: soft edges (approximate), or a fade toward an open side. */
export const edgeMasks = {
  soft: [
    [0, 0],
    [0.25, 1],
    [0.75, 1],
    [1, 0],
  ],
  "soft-start": [
    [0, 0],
    [0.3, 1],
    [1, 1],
  ],
  "soft-end": [
    [0, 1],
    [0.7, 1],
    [1, 0],
  ],
  "open-start": [
    [0, 0],
    [1, 1],
  ],
  "open-end": [
    [0, 1],
    [1, 0],
  ],
} as const;

export type EdgeMask = keyof typeof edgeMasks;

/** The mask an item's bar (or an era's band) is drawn through, if its edges are not firm. */
export function edgeMask(item: EdgeFlags): EdgeMask | undefined {
  if (item.openStart && item.openEnd) return "soft";
  if (item.openStart) return "open-start";
  if (item.openEnd) return "open-end";
  if (item.vague || (item.softStart && item.softEnd)) return "soft";
  return item.softStart ? "soft-start" : item.softEnd ? "soft-end" : undefined;
}

export function linkNodes(layout: TimelineLayout): SvgNode[] {
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

/** An uncertain date's mark (?), just after its symbol's top corner (or an era's band's). */
export function doubtNode(cx: number, cy: number, glyph: string): SvgNode {
  const half = geometry.symbolSize / 2;
  return {
    tag: "text",
    attrs: { class: "tl-doubt", x: r(cx + half), y: r(cy - 1), "font-size": 10, "font-weight": 700 },
    text: glyph,
  };
}

/** Marks grouped by colour class (bars first, symbols on top). */
export function markNodes(view: TimelineView, layout: TimelineLayout, options: SceneOptions): SvgNode[] {
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
      const mask = edgeMask(item);
      const open = item.openStart || item.openEnd;
      push(bars, cls, {
        tag: "rect",
        attrs: {
          ...(open ? barStyles.open : item.form === "period" ? barStyles.period : barStyles.uncertain),
          x: r(mark.x),
          y: r(mark.y),
          width: r(mark.w),
          height: r(mark.h),
          ...(mask ? { mask: `url(#${options.idPrefix}-${mask})` } : {}),
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
    if (item.doubt) push(symbols, cls, doubtNode(mark.cx, mark.cy, view.doubtMark ?? "?"));
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
export function densityNodes(layout: TimelineLayout): SvgNode[] {
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
