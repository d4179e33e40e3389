// Status is drawn as a shape as well as a colour, so it reads without colour vision: the
// symbols' outlines, shared by the SVG, the canvas, the legend and the list's icons.
import { type EventStatus, isEventStatus } from "../enums.js";
import type { ViewItem } from "./view.js";

export type SymbolName = "circle" | "diamond" | "triangle" | "cross" | "square";

/** One shape per status; keyed by EventStatus, so a new status cannot go without one. */
export const statusSymbols: Readonly<Record<EventStatus, SymbolName>> = {
  confirmed: "circle",
  reported: "diamond",
  disputed: "triangle",
  denied: "cross",
};

/** Statements carry no status; they are drawn as squares. */
export const statementSymbol: SymbolName = "square";

export function itemSymbol(item: Pick<ViewItem, "type" | "status">): SymbolName {
  if (item.type === "statement" || !item.status) return statementSymbol;
  return isEventStatus(item.status) ? statusSymbols[item.status] : "circle";
}

/** The CSS class that colours an item: its status, or `tl-statement`. */
export function itemClass(item: Pick<ViewItem, "type" | "status">): string {
  return item.type === "statement" || !item.status ? "tl-statement" : `tl-status-${item.status}`;
}

const crossPoints: [number, number][] = (() => {
  const arm = 0.17;
  const plus: [number, number][] = [
    [arm, -0.5],
    [arm, -arm],
    [0.5, -arm],
    [0.5, arm],
    [arm, arm],
    [arm, 0.5],
    [-arm, 0.5],
    [-arm, arm],
    [-0.5, arm],
    [-0.5, -arm],
    [-arm, -arm],
    [-arm, -0.5],
  ];
  const k = Math.SQRT1_2 * 1.25;
  return plus.map(([x, y]) => [(x - y) * k, (x + y) * k]);
})();

/** A symbol's outline as points around its centre, for a symbol `size` px across (circles: none). */
export function symbolPoints(symbol: SymbolName, size: number): [number, number][] {
  const r = size / 2;
  switch (symbol) {
    case "diamond":
      return [
        [0, -r * 1.25],
        [r * 1.25, 0],
        [0, r * 1.25],
        [-r * 1.25, 0],
      ];
    case "triangle":
      return [
        [0, -r * 1.2],
        [r * 1.15, r * 0.85],
        [-r * 1.15, r * 0.85],
      ];
    case "square":
      return [
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ];
    case "cross":
      return crossPoints.map(([x, y]) => [x * size, y * size]);
    default:
      return [];
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** SVG path data of a symbol centred on (cx, cy). */
export function symbolPath(symbol: SymbolName, cx: number, cy: number, size: number): string {
  if (symbol === "circle") {
    const r = size / 2;
    return `M${round(cx + r)},${round(cy)}A${r},${r} 0 1,1 ${round(cx - r)},${round(cy)}A${r},${r} 0 1,1 ${round(cx + r)},${round(cy)}Z`;
  }
  const points = symbolPoints(symbol, size);
  return `M${points.map(([x, y]) => `${round(cx + x)},${round(cy + y)}`).join("L")}Z`;
}
