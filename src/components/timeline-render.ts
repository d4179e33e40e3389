// Browser renderers for the timeline: the shared scene as DOM nodes (attributes and text set
// one by one, never parsed from markup), and marks on a canvas when there are too many for DOM.
import {
  geometry,
  itemClass,
  itemSymbol,
  type SymbolName,
  symbolPoints,
  type TimelineLayout,
  type TimelineView,
  type ViewItem,
} from "./timeline-layout.js";
import type { SvgNode } from "./timeline-scene.js";

const svgNamespace = "http://www.w3.org/2000/svg";

export function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(svgNamespace, node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (name !== "xmlns") element.setAttribute(name, String(value));
  }
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(svgElement(child));
  return element;
}

/** Colours per item class, read from the page's CSS variables (they follow light and dark mode). */
export function readColours(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  const colours: Record<string, string> = { "tl-statement": style.color, text: style.color };
  for (const status of ["reported", "confirmed", "denied", "disputed"])
    colours[`tl-status-${status}`] = style.getPropertyValue(`--status-${status}`).trim() || style.color;
  return colours;
}

function tracePolygon(
  ctx: CanvasRenderingContext2D,
  points: [number, number][],
  cx: number,
  cy: number,
): void {
  points.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(cx + x, cy + y);
    else ctx.lineTo(cx + x, cy + y);
  });
  ctx.closePath();
}

/**
 * Draws some marks (`marks`: positions in layout.marks) and links (positions in layout.links)
 * on a context already set to the layout's coordinates: links first, then per colour the bars
 * and the symbols, so symbols stay on top.
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  view: TimelineView,
  layout: TimelineLayout,
  colours: Readonly<Record<string, string>>,
  marks: readonly number[],
  links: readonly number[],
): void {
  ctx.globalAlpha = 0.35;
  ctx.strokeStyle = colours.text ?? "#000";
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const l of links) {
    const link = layout.links[l];
    if (!link) continue;
    ctx.moveTo(link.x1, link.y1);
    ctx.lineTo(link.x2, link.y2);
  }
  ctx.stroke();

  const placed = layout.marks;
  const byClass = new Map<string, number[]>();
  for (const m of marks) {
    const item = view.items[placed.index[m] ?? -1];
    if (!item) continue;
    const cls = itemClass(item);
    const list = byClass.get(cls);
    if (list) list.push(m);
    else byClass.set(cls, [m]);
  }
  const vertical = layout.orientation === "vertical";
  for (const [cls, indexes] of byClass) {
    const colour = colours[cls] ?? colours.text ?? "#000";
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    // Bars: periods filled, imprecise dates dashed; approximate ones fade out at both ends.
    for (const m of indexes) {
      const item = view.items[placed.index[m] ?? -1];
      if (!item || item.form === "day") continue;
      const x = placed.x[m] as number;
      const y = placed.y[m] as number;
      const w = placed.w[m] as number;
      const h = placed.h[m] as number;
      if (item.vague) {
        const gradient = vertical
          ? ctx.createLinearGradient(0, y, 0, y + h)
          : ctx.createLinearGradient(x, 0, x + w, 0);
        gradient.addColorStop(0, "transparent");
        gradient.addColorStop(0.25, colour);
        gradient.addColorStop(0.75, colour);
        gradient.addColorStop(1, "transparent");
        ctx.fillStyle = gradient;
        ctx.globalAlpha = item.form === "period" ? 0.45 : 0.2;
        ctx.fillRect(x, y, w, h);
        ctx.fillStyle = colour;
        continue;
      }
      ctx.globalAlpha = item.form === "period" ? 0.35 : 0.1;
      ctx.fillRect(x, y, w, h);
      ctx.globalAlpha = 1;
      ctx.setLineDash(item.form === "period" ? [] : [3, 2]);
      ctx.strokeRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1));
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    // Symbols: one small path filled per mark; on a software canvas this beats both one huge
    // path of thousands of sub-paths and stamping sprites with drawImage.
    const half = geometry.symbolSize / 2;
    let shape: SymbolName | undefined;
    let points: [number, number][] = [];
    for (const m of indexes) {
      const item = view.items[placed.index[m] ?? -1];
      if (!item) continue;
      const cx = placed.cx[m] as number;
      const cy = placed.cy[m] as number;
      const symbol = itemSymbol(item);
      if (symbol !== shape) {
        shape = symbol;
        points = symbolPoints(symbol, geometry.symbolSize);
      }
      ctx.beginPath();
      if (symbol === "circle") ctx.arc(cx, cy, half, 0, 2 * Math.PI);
      else tracePolygon(ctx, points, cx, cy);
      ctx.fill();
    }
  }
}

/** Per pixel column of the overview, how many shown items start there. */
export function overviewPath(
  view: TimelineView,
  shown: (item: ViewItem, index: number) => boolean,
  domain: readonly [number, number],
  width: number,
  height: number,
): string {
  const bins = Math.max(1, Math.floor(width / 2));
  const counts = new Uint32Array(bins);
  const span = domain[1] - domain[0];
  view.items.forEach((item, i) => {
    if (!shown(item, i)) return;
    const middle = (item.start + item.end) / 2;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(((middle - domain[0]) / span) * bins)));
    counts[bin] = (counts[bin] ?? 0) + 1;
  });
  let max = 1;
  for (const count of counts) if (count > max) max = count;
  let d = "";
  counts.forEach((count, bin) => {
    if (!count) return;
    const length = Math.max(1, Math.round(Math.sqrt(count / max) * (height - 4)));
    d += `M${bin * 2},${height}h2v${-length}h-2z`;
  });
  return d;
}
