// How each item's mark is drawn on canvas, worked out once per view: its class (the colour),
// its symbol and the mask of its bar, as small codes per item, so drawing a tile reads numbers
// from typed arrays instead of asking each item's fields again on every filter change.
import { type ItemColumns, itemColumns } from "../../shared/timeline/columns.js";
import { type EdgeMask, edgeMask } from "../../shared/timeline/scene-marks.js";
import { itemClass, itemSymbol, type SymbolName } from "../../shared/timeline/symbols.js";
import type { TimelineView, ViewItem } from "../../shared/timeline/view.js";

export interface MarkStyles {
  columns: ItemColumns;
  /** Per item, its index into `classes` (and `symbols`: the class follows from the status, so does the symbol). */
  style: Uint16Array;
  classes: string[];
  symbols: SymbolName[];
  /** Per item, 0 for a firm bar, else 1 + the index of its mask in `masks`. */
  mask: Uint8Array;
  masks: EdgeMask[];
}

function stylesOf(view: TimelineView): MarkStyles {
  const columns = itemColumns(view);
  const count = view.items.length;
  const style = new Uint16Array(count);
  const mask = new Uint8Array(count);
  const classes: string[] = [];
  const symbols: SymbolName[] = [];
  const masks: EdgeMask[] = [];
  const classIndex = new Map<string, number>();
  // The class follows from the status alone (statements have none): asked once per status.
  const byStatus = new Map<string | undefined, number>();
  const maskIndex = new Map<EdgeMask, number>();
  const { flags } = columns;
  const flagsMask: number[] = [];
  for (let i = 0; i < count; i++) {
    const item = view.items[i] as ViewItem;
    const status = item.type === "statement" ? undefined : item.status;
    let s = byStatus.get(status);
    if (s === undefined) {
      const cls = itemClass(item);
      s = classIndex.get(cls);
      if (s === undefined) {
        s = classes.length;
        classIndex.set(cls, s);
        classes.push(cls);
        symbols.push(itemSymbol(item));
      }
      byStatus.set(status, s);
    }
    style[i] = s;
    // The mask follows from the edge flags alone: asked once per combination.
    const f = flags[i] as number;
    let e = flagsMask[f];
    if (e === undefined) {
      const edges = edgeMask(item);
      e = 0;
      if (edges) {
        e = (maskIndex.get(edges) ?? masks.length) + 1;
        if (!maskIndex.has(edges)) {
          maskIndex.set(edges, masks.length);
          masks.push(edges);
        }
      }
      flagsMask[f] = e;
    }
    mask[i] = e;
  }
  return { columns, style, classes, symbols, mask, masks };
}

const cache = new WeakMap<readonly ViewItem[], MarkStyles>();

export function markStyles(view: TimelineView): MarkStyles {
  let styles = cache.get(view.items);
  if (!styles || styles.style.length !== view.items.length) {
    styles = stylesOf(view);
    cache.set(view.items, styles);
  }
  return styles;
}
