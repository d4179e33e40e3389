// The strip above the chart: the density of the shown items over the whole span, and a brush
// to zoom into a period (the date inputs are the keyboard's way to do the same). Time runs the
// way it runs in the chart: right to left on a right-to-left page.
import { brushX } from "d3-brush";
import { select } from "d3-selection";
import type { Direction } from "../../shared/locale/locale.js";
import { isoDay } from "../../shared/timeline/days.js";
import type { TimelineView } from "../../shared/timeline/view.js";
import type { ControlsChange } from "./controls.js";
import { overviewPath, overviewScale } from "./overview-path.js";
import { svgElement } from "./svg-element.js";

const overviewHeight = 36;

export interface Overview {
  element: SVGSVGElement;
  /** Draws the density of `shown` (a byte per item, 1: shown) at `width`, and the brush on `zoom` (days; none when unzoomed). */
  draw(shown: Uint8Array, width: number, resized: boolean, zoom: readonly [number, number] | undefined): void;
}

export function createOverview(
  view: TimelineView,
  extent: readonly [number, number],
  change: (change: ControlsChange) => void,
  dir: Direction,
): Overview {
  const element = svgElement({
    tag: "svg",
    attrs: { class: "tl-overview", height: overviewHeight },
  }) as SVGSVGElement;
  element.setAttribute("aria-hidden", "true");
  const density = svgElement({ tag: "path", attrs: { class: "tl-overview-density" } }) as SVGPathElement;
  const layer = svgElement({ tag: "g", attrs: { class: "tl-brush" } }) as SVGGElement;
  element.append(density, layer);
  let scale = overviewScale(extent, 1, dir);
  /** The brush selection last drawn, in px. */
  let drawn: [number, number] | null = null;

  const brushed = (selection: [number, number] | null) => {
    if (!selection || selection[1] - selection[0] < 2) {
      change({ from: undefined, to: undefined });
      return;
    }
    const [a, b] = [scale.day(selection[0]), scale.day(selection[1])];
    change({
      from: isoDay(Math.floor(Math.min(a, b))),
      to: isoDay(Math.ceil(Math.max(a, b)) - 1),
    });
  };
  const brush = brushX<unknown>().on(
    "end",
    (event: { sourceEvent?: unknown; selection: [number, number] | null }) => {
      if (!event.sourceEvent) return;
      brushed(event.selection);
    },
  );

  return {
    element,
    draw(shown, width, resized, zoom) {
      scale = overviewScale(extent, width, dir);
      density.setAttribute("d", overviewPath(view, shown, extent, width, overviewHeight, dir));
      const brushLayer = select(layer);
      if (resized) {
        element.setAttribute("width", String(width));
        element.setAttribute("viewBox", `0 0 ${width} ${overviewHeight}`);
        brush.extent([
          [0, 0],
          [width, overviewHeight],
        ]);
        brushLayer.call(brush);
      }
      const ends = zoom ? [scale.x(zoom[0]), scale.x(zoom[1])] : undefined;
      const selection: [number, number] | null = ends ? [Math.min(...ends), Math.max(...ends)] : null;
      // Moving the brush redraws it and fires its events: only when the time range changed.
      if (resized || selection?.join() !== drawn?.join()) brushLayer.call(brush.move, selection);
      drawn = selection;
    },
  };
}
