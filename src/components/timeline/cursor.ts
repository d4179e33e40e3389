// The one focusable element of the chart, on the current mark: Tab reaches it, and each move that
// takes focus puts a fresh element there so screen readers announce the new label. The rings
// of the pinned and the hovered mark are drawn on an overlay above the marks.
import type { PlacedMark } from "../../shared/timeline/marks.js";
import { el } from "../el.js";
import { svgElement } from "./svg-element.js";

export interface CursorTarget {
  label: string;
  id: string;
  pinned: boolean;
}

export interface Cursor {
  /** The cursor element now (a new one after each move that took focus). */
  readonly element: HTMLElement;
  readonly overlay: SVGSVGElement;
  /** Puts the cursor on `mark` (hidden when there is none). */
  place(mark: PlacedMark | undefined, target: CursorTarget | undefined, takeFocus: boolean): void;
  rings(pinned: PlacedMark | undefined, hovered: PlacedMark | undefined): void;
  size(width: number, height: number): void;
}

export function createCursor(): Cursor {
  const overlay = svgElement({ tag: "svg", attrs: { class: "tl-overlay" } }) as SVGSVGElement;
  overlay.setAttribute("aria-hidden", "true");
  const fresh = () => el("div", { class: "tl-cursor", tabindex: "0", role: "button" });
  let element = fresh();
  return {
    get element() {
      return element;
    },
    overlay,
    place(mark, target, takeFocus) {
      if (takeFocus) {
        const next = fresh();
        element.replaceWith(next);
        element = next;
      }
      element.hidden = !mark;
      if (!mark || !target) return;
      element.style.left = `${mark.cx - 10}px`;
      element.style.top = `${mark.cy - 10}px`;
      element.setAttribute("aria-label", target.label);
      element.setAttribute("aria-pressed", String(target.pinned));
      element.dataset.id = target.id;
      if (takeFocus) element.focus();
    },
    rings(pinned, hovered) {
      const rings: Node[] = [];
      for (const [mark, cls] of [
        [pinned, "tl-ring-pinned"],
        [hovered, "tl-ring-hover"],
      ] as const) {
        if (mark)
          rings.push(svgElement({ tag: "circle", attrs: { class: cls, cx: mark.cx, cy: mark.cy, r: 9 } }));
      }
      overlay.replaceChildren(...rings);
    },
    size(width, height) {
      overlay.setAttribute("width", String(width));
      overlay.setAttribute("height", String(height));
    },
  };
}
