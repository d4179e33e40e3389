// Marks on a canvas, for timelines with too many items for one DOM node each.

import { edge, formCode } from "../../shared/timeline/columns.js";
import { geometry } from "../../shared/timeline/geometry.js";
import type { TimelineLayout } from "../../shared/timeline/layout.js";
import { type EdgeMask, edgeMasks } from "../../shared/timeline/scene-marks.js";
import { type SymbolName, symbolPoints } from "../../shared/timeline/symbols.js";
import type { TimelineView } from "../../shared/timeline/view.js";
import { markStyles } from "./mark-styles.js";

/** How many symbols one path holds (see the symbols' loop). */
const batch = 16;

/** A polygon around (cx, cy); `points` flat: x0, y0, x1, y1, … */
function tracePolygon(
  ctx: CanvasRenderingContext2D,
  points: readonly number[],
  cx: number,
  cy: number,
): void {
  ctx.moveTo(cx + (points[0] as number), cy + (points[1] as number));
  for (let p = 2; p < points.length; p += 2)
    ctx.lineTo(cx + (points[p] as number), cy + (points[p + 1] as number));
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
  const placedLinks = layout.links;
  for (const l of links) {
    ctx.moveTo(placedLinks.x1[l] as number, placedLinks.y1[l] as number);
    ctx.lineTo(placedLinks.x2[l] as number, placedLinks.y2[l] as number);
  }
  ctx.stroke();

  const placed = layout.marks;
  const styles = markStyles(view);
  const { form, flags } = styles.columns;
  // The marks by class, each class in the order it first appears, marks in their order.
  const order: number[] = [];
  const counts: number[] = [];
  for (const m of marks) {
    const s = styles.style[placed.index[m] as number] as number;
    if (counts[s] === undefined) {
      counts[s] = 0;
      order.push(s);
    }
    counts[s]++;
  }
  const offsets: number[] = [];
  let next = 0;
  for (const s of order) {
    offsets[s] = next;
    next += counts[s] as number;
  }
  const sorted = new Int32Array(next);
  for (const m of marks) sorted[(offsets[styles.style[placed.index[m] as number] as number] as number)++] = m;
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
  // The glyph's font is set only when a glyph is drawn: the first setting of a font looks the
  // system's fonts up, tens of milliseconds on a phone.
  let font = false;
  const half = geometry.symbolSize / 2;
  let end = 0;
  for (const s of order) {
    const from = end;
    end += counts[s] as number;
    const colour = colours[styles.classes[s] as string] ?? colours.text ?? "#000";
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    // Bars: periods filled, imprecise dates dashed; approximate or open edges fade out.
    for (let k = from; k < end; k++) {
      const m = sorted[k] as number;
      const i = placed.index[m] as number;
      const f = form[i] as number;
      if (f === formCode.day) continue;
      const x = placed.x[m] as number;
      const y = placed.y[m] as number;
      const w = placed.w[m] as number;
      const h = placed.h[m] as number;
      const mask = styles.mask[i] as number;
      if (mask) {
        // The same stops as the SVG's masks (scene-marks.ts): soft or open edges fade out.
        ctx.fillStyle = gradientOf(styles.masks[mask - 1] as EdgeMask, colour);
        const open = ((flags[i] as number) & (edge.openStart | edge.openEnd)) !== 0;
        ctx.globalAlpha = open ? 0.45 : f === formCode.period ? 0.45 : 0.2;
        ctx.setTransform(base.a * w, 0, 0, base.d * h, base.a * x + base.e, base.d * y + base.f);
        ctx.fillRect(0, 0, 1, 1);
        ctx.setTransform(base);
        ctx.fillStyle = colour;
        continue;
      }
      ctx.globalAlpha = f === formCode.period ? 0.35 : 0.1;
      ctx.fillRect(x, y, w, h);
      ctx.globalAlpha = 1;
      const dashed = f !== formCode.period;
      if (dashed !== dashes) ctx.setLineDash(dashed ? [3, 2] : []);
      dashes = dashed;
      ctx.strokeRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1));
    }
    ctx.setLineDash([]);
    dashes = false;
    ctx.globalAlpha = 1;
    // Symbols: a path of up to `batch` marks filled at once: on a software canvas a call
    // costs more than the pixels of a small symbol, and a path of thousands of sub-paths more
    // than its pieces (and sprites stamped with drawImage more than either).
    const symbol = styles.symbols[s] as SymbolName;
    const points = symbolPoints(symbol, geometry.symbolSize).flat();
    let inPath = 0;
    ctx.beginPath();
    for (let k = from; k < end; k++) {
      const m = sorted[k] as number;
      const cx = placed.cx[m] as number;
      const cy = placed.cy[m] as number;
      if (symbol === "circle") {
        ctx.moveTo(cx + half, cy);
        ctx.arc(cx, cy, half, 0, 2 * Math.PI);
      } else tracePolygon(ctx, points, cx, cy);
      const doubt = ((flags[placed.index[m] as number] as number) & edge.doubt) !== 0;
      if (++inPath < batch && !doubt) continue;
      ctx.fill();
      ctx.beginPath();
      inPath = 0;
      // Its mark is filled first, and the marks after it over it, as when drawn one by one.
      if (!doubt) continue;
      if (!font) ctx.font = "700 10px system-ui, sans-serif";
      font = true;
      ctx.fillText(view.doubtMark ?? "?", cx + half, cy - 1);
    }
    if (inPath) ctx.fill();
  }
}
