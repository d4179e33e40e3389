// The timeline page's browser entry point (the page imports ./components/timeline.js): it reads
// the compact view the page embeds (script.tl-data) and hands it to the live view, which lives
// in components/timeline/ with one file per piece.

import type { PackedView } from "../shared/timeline/view.js";
import { unpackView } from "../shared/timeline/view.js";
import { InteractiveTimeline } from "./timeline/interactive.js";

/** Enhances the timeline figure in place; does nothing if the page has no timeline data. */
export function enhanceTimeline(figure: HTMLElement | null): void {
  const script = figure?.querySelector("script.tl-data");
  if (!figure || !script?.textContent) return;
  performance.mark("timeline:start");
  const view = unpackView(JSON.parse(script.textContent) as PackedView);
  performance.measure("timeline:parse", "timeline:start");
  const built = performance.now();
  const timeline = new InteractiveTimeline(figure, view);
  performance.measure("timeline:setup", { start: built });
  const measured = performance.now();
  const width = timeline.measureWidth();
  performance.measure("timeline:page-layout", { start: measured });
  timeline.render(width);
  timeline.openPinned(true);
  performance.mark("timeline:rendered");
  performance.measure("timeline:first-render", "timeline:start", "timeline:rendered");
}
