// Marks on a canvas, for timelines with too many items for one DOM node each.
import { geometry } from "../../shared/timeline/geometry.js";
import type { TimelineLayout } from "../../shared/timeline/layout.js";
import { type EdgeMask, edgeMask, edgeMasks } from "../../shared/timeline/scene-marks.js";
import { itemClass, itemSymbol, type SymbolName, symbolPoints } from "../../shared/timeline/symbols.js";
import type { TimelineView } from "../../shared/timeline/view.js";

function tracePolygon(
  ctx: CanvasRenderingContext2D,
  points: [number, number][],
  cx: number,
  cy: number,
): void {
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i] as [number, number];
    if (i === 0) ctx.moveTo(cx + x, cy + y);
    else ctx.lineTo(cx + x, cy + y);
  }
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
  // An item's class follows from its status alone (statements have none): made once per status.
  const classes = new Map<string | undefined, string>();
  for (const m of marks) {
    const item = view.items[placed.index[m] ?? -1];
    if (!item) continue;
    const status = item.type === "statement" ? undefined : item.status;
    let cls = classes.get(status);
    if (cls === undefined) {
      cls = itemClass(item);
      classes.set(status, cls);
    }
    const list = byClass.get(cls);
    if (list) list.push(m);
    else byClass.set(cls, [m]);
  }
  const vertical = layout.orientation === "vertical";
  const rtl = layout.direction === "rtl";
  // Soft and open edges: one gradient per mask and colour, along a unit square, stretched over
  // each bar by the transform (a gradient per bar cost more than the bars themselves).
  const base = ctx.getTransform();
  const gradients = new Map<string, CanvasGradient>();
  const gradientOf = (mask: EdgeMask, colour: string): CanvasGradient => {
    const key = `${mask} ${colour}`;
    let gradient = gradients.get(key);
    if (!gradient) {
      gradient = vertical
        ? ctx.createLinearGradient(0, 0, 0, 1)
        : ctx.createLinearGradient(rtl ? 1 : 0, 0, rtl ? 0 : 1, 0);
      for (const [offset, opacity] of edgeMasks[mask])
        gradient.addColorStop(offset, opacity ? colour : "transparent");
      gradients.set(key, gradient);
    }
    return gradient;
  };
  let dashes = false;
  ctx.font = "700 10px system-ui, sans-serif";
  for (const [cls, indexes] of byClass) {
    const colour = colours[cls] ?? colours.text ?? "#000";
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    // Bars: periods filled, imprecise dates dashed; approximate or open edges fade out.
    for (const m of indexes) {
      const item = view.items[placed.index[m] ?? -1];
      if (!item || item.form === "day") continue;
      const x = placed.x[m] as number;
      const y = placed.y[m] as number;
      const w = placed.w[m] as number;
      const h = placed.h[m] as number;
      const mask = edgeMask(item);
      if (mask) {
        // The same stops as the SVG's masks (scene-marks.ts): soft or open edges fade out.
        ctx.fillStyle = gradientOf(mask, colour);
        ctx.globalAlpha = item.openStart || item.openEnd ? 0.45 : item.form === "period" ? 0.45 : 0.2;
        ctx.setTransform(base.a * w, 0, 0, base.d * h, base.a * x + base.e, base.d * y + base.f);
        ctx.fillRect(0, 0, 1, 1);
        ctx.setTransform(base);
        ctx.fillStyle = colour;
        continue;
      }
      ctx.globalAlpha = item.form === "period" ? 0.35 : 0.1;
      ctx.fillRect(x, y, w, h);
      ctx.globalAlpha = 1;
      const dashed = item.form !== "period";
      if (dashed !== dashes) ctx.setLineDash(dashed ? [3, 2] : []);
      dashes = dashed;
      ctx.strokeRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1));
    }
    ctx.setLineDash([]);
    dashes = false;
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
      if (item.doubt) {
        ctx.fillText(view.doubtMark ?? "?", cx + half, cy - 1);
      }
    }
  }
}
