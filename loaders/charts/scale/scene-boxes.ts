// What a vega-lite chart draws, as boxes: the spec is laid out by vega (no renderer) and each view
// (the chart itself, or each panel of a vertical concat) lists the boxes of its marks and text,
// in that view's own coordinates, with the figure each mark shows. The label placer reads these,
// so annotations find their bar or squares and keep clear of everything else, whatever the chart.
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { Box } from "../../../src/shared/labels/box.ts";
import { textWidth } from "../../../src/shared/labels/text.ts";

export interface SceneBox extends Box {
  /** A bar, square or rule, or a text. */
  kind: "mark" | "text";
  /** The figure the mark shows (its datum's `figure`, else `key`), if any. */
  figure?: string;
}

export interface SceneView {
  /** "root" for a single (layered) view, else the index of the panel in `vconcat`. */
  view: "root" | number;
  width: number;
  height: number;
  boxes: SceneBox[];
}

interface SceneItem {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  bounds: { x1: number; y1: number; x2: number; y2: number };
  datum?: Record<string, unknown>;
  text?: string | string[];
  fontSize?: number;
  align?: string;
  items?: SceneMark[];
}

interface SceneMark {
  marktype: string;
  name?: string;
  items: SceneItem[];
}

/**
 * A text item's box from the shared text measure (vega measures text without a canvas at about
 * 0.8 em a character, much wider than drawn); left-aligned text only, else vega's bounds.
 */
function itemBox(item: SceneItem, dx: number, dy: number): Box {
  const { x1, y1, x2, y2 } = item.bounds;
  if (
    item.text !== undefined &&
    (item.align === "left" || item.align === undefined) &&
    item.x !== undefined
  ) {
    const lines = (Array.isArray(item.text) ? item.text : [item.text]).map(String);
    const width = Math.max(0, ...lines.map((line) => textWidth(line, item.fontSize ?? 11)));
    return { x: dx + item.x, y: dy + y1, width, height: y2 - y1 };
  }
  return { x: dx + x1, y: dy + y1, width: x2 - x1, height: y2 - y1 };
}

function figureOf(datum: Record<string, unknown> | undefined): string | undefined {
  const id = datum?.figure ?? datum?.key;
  return typeof id === "string" ? id : undefined;
}

/** Every non-group item under `mark`, its box translated by (dx, dy), into `out`. */
function collect(mark: SceneMark, dx: number, dy: number, out: SceneBox[]): void {
  for (const item of mark.items) {
    if (mark.marktype === "group") {
      for (const child of item.items ?? []) collect(child, dx + (item.x ?? 0), dy + (item.y ?? 0), out);
      continue;
    }
    const box: SceneBox = { ...itemBox(item, dx, dy), kind: item.text === undefined ? "mark" : "text" };
    const figure = figureOf(item.datum);
    if (figure !== undefined) box.figure = figure;
    out.push(box);
  }
}

/** The views of a chart and what each draws. */
export async function sceneViews(spec: TopLevelSpec): Promise<SceneView[]> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none", logLevel: vega.Warn });
  try {
    await view.runAsync();
    const root = (view.scenegraph() as unknown as { root: SceneMark }).root;
    const top = root.items[0];
    if (!top) return [];
    const panels: SceneView[] = [];
    const own: SceneBox[] = [];
    for (const mark of top.items ?? []) {
      const panel = /^concat_(\d+)_group$/.exec(mark.name ?? "");
      const item = mark.items[0];
      if (!panel || !item) {
        collect(mark, 0, 0, own);
        continue;
      }
      const boxes: SceneBox[] = [];
      for (const child of item.items ?? []) collect(child, 0, 0, boxes);
      panels.push({ view: Number(panel[1]), width: item.width ?? 0, height: item.height ?? 0, boxes });
    }
    // Panels are left-aligned in a column as wide as the widest: a label may use all of it.
    const width = Math.max(0, ...panels.map((p) => p.width));
    if (panels.length) return panels.map((p) => ({ ...p, width }));
    return [{ view: "root", width: view.width(), height: view.height(), boxes: own }];
  } finally {
    view.finalize();
  }
}
