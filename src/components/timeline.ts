// The timeline page's browser entry point (the page imports ./components/timeline.js, or a large
// timeline's ./components/timeline-on-demand.js when the reader reaches for it): it reads the
// compact view (script.tl-data: in the page, or for a large timeline a file of its own that the
// build names in data-src) and hands it to the live view, which lives in components/timeline/
// with one file per piece.

import { denseThreshold } from "../shared/timeline/geometry.js";
import type { PackedView } from "../shared/timeline/view.js";
import { unpackView } from "../shared/timeline/view.js";
import { pageLocale } from "./locale.js";
import { InteractiveTimeline } from "./timeline/interactive.js";
import { fetchViewFile } from "./timeline/view-file.js";

type Scheduler = { yield?: () => Promise<void> };

/** Lets the browser run other tasks (input, a frame) before the caller goes on. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/** Resolves once the browser has painted a frame of the page as it is now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The packed view's JSON: in the page, or the site's file the script names (`fetched` if asked for already). */
function viewText(script: HTMLElement, fetched?: Promise<string>): Promise<string> {
  const src = script.dataset.src;
  return src ? (fetched ?? fetchViewFile(src)) : Promise.resolve(script.textContent ?? "");
}

/**
 * Makes the page's Intl formatters the live view uses first: the first of them loads the
 * language's data (~70–100 ms on a phone). Done once per page, in idle time when the live view's
 * modules are loaded ahead of the reader (components/timeline-on-demand.ts), else as the first
 * step of the first render.
 */
export function prepareLocale(): void {
  const { day, number } = pageLocale();
  day("2000-01-01");
  number(0);
}

/**
 * Enhances the timeline figure in place; does nothing if the page has no timeline data.
 * A small timeline is drawn in one go, before the page's first paint, so nothing on the page
 * moves. A large one (as many items as are drawn on canvas) waits until the static chart has
 * been painted, then is made in steps, each a task of its own (the language's formats, read
 * the data, set the view up, lay it out, draw it), so the reader sees the chart at once and the page answers meanwhile.
 */
export async function enhanceTimeline(figure: HTMLElement | null, fetched?: Promise<string>): Promise<void> {
  const script = figure?.querySelector<HTMLElement>("script.tl-data");
  if (!figure || !script || !(script.textContent || script.dataset.src)) return;
  const text = viewText(script, fetched);
  // Awaited below, once the steps before it are done; a failed fetch is the caller's to report.
  text.catch(() => undefined);
  const large = Number(script.dataset.items) > denseThreshold;
  const step = large ? nextTask : () => Promise.resolve();
  if (large) await afterPaint();
  performance.mark("timeline:start");
  prepareLocale();
  await step();
  const parsed = performance.now();
  const view = unpackView(JSON.parse(await text) as PackedView);
  performance.measure("timeline:parse", { start: parsed });
  await step();
  const built = performance.now();
  const timeline = new InteractiveTimeline(figure, view);
  performance.measure("timeline:setup", { start: built });
  const measured = performance.now();
  const width = timeline.measureWidth();
  performance.measure("timeline:page-layout", { start: measured });
  await step();
  const laid = timeline.lay(width);
  await step();
  timeline.attach();
  timeline.draw(laid);
  timeline.openPinned(true);
  performance.mark("timeline:rendered");
  performance.measure("timeline:first-render", "timeline:start", "timeline:rendered");
}
