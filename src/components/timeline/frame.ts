// The live view's elements: the filters and the zoom strip above the stage, the stage (a
// labelled group holding the drawing, the cursor and the card) and the help line under it.
import { el } from "../el.js";
import { pageLocale } from "../locale.js";

export interface FrameParts {
  controls: Element;
  overview: Element;
  /** The drawing's layers, bottom first (the SVG scene, the canvas tiles). */
  layers: Element[];
  /** Over the drawing: the cursor's overlay and element, and the card. */
  above: Element[];
}

export function timelineFrame(parts: FrameParts): { root: HTMLElement; stage: HTMLElement } {
  const { t } = pageLocale();
  const drawing = el("div", { class: "tl-drawing" }, ...parts.layers);
  const label = t("live.timelineChart");
  const stage = el(
    "div",
    { class: "tl-stage", role: "group", "aria-label": label, "aria-describedby": "tl--help" },
    drawing,
    ...parts.above,
  );
  const root = el(
    "div",
    { class: "tl-interactive" },
    parts.controls,
    parts.overview,
    stage,
    el("p", { class: "tl-help", id: "tl--help" }, t("live.timelineHelp")),
  );
  return { root, stage };
}
