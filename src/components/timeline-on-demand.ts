// A large timeline's live view is made when the reader first reaches for it, not with the page:
// the build-time SVG and the list are the content, and a phone need not fetch the view's data
// nor spend its first seconds making a view the reader may never use (its modules load in idle
// time, so that a reader who reaches for it waits for the making only). The
// block (loaders/site/blocks/timeline.ts) writes the start button; this module imports only the
// view file's fetch and the idle helper, so the page preloads only those.

import { requestIdle } from "./idle.js";
import { fetchViewFile } from "./timeline/view-file.js";

/** What counts as reaching for the chart: a mouse over it, focus in it, a click or tap on it. */
const intents = ["pointerover", "focusin", "click"] as const;

/**
 * Whether the address asks for a view of the timeline: filters, a time range, or an item to pin
 * (`#<id>` naming nothing in this page: a large timeline lists its items on the years' pages; a
 * heading of the page, say, is only scrolled to).
 */
function addressAsksForView(): boolean {
  if (/[?&](actors|kinds|from|to)=/.test(location.search)) return true;
  try {
    const id = decodeURIComponent(location.hash.slice(1));
    return id !== "" && !document.getElementById(id);
  } catch {
    return false;
  }
}

/**
 * The live view's modules, loaded once the page has loaded and the browser is idle (not under
 * Save-Data), then, in another idle task, Intl's formatters it needs: a reader who then reaches
 * for the chart waits for the view's making only, not for ~60 modules and the language's data.
 * The view itself is made on the intent.
 */
function loadModulesWhenIdle(): void {
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const idle = (callback: () => void) => requestIdle(callback, { fallbackMs: 1 });
  const load = (): void => {
    idle(() => {
      import("./timeline.js").then(({ prepareLocale }) => idle(prepareLocale)).catch(() => undefined);
    });
  };
  if (document.readyState === "complete") load();
  else addEventListener("load", load, { once: true });
}

/** The live view's first control, to take the focus the start button had. */
function firstControl(figure: HTMLElement): HTMLElement | null {
  return figure.querySelector<HTMLElement>(".tl-interactive :is(summary, button, input, [tabindex])");
}

/**
 * Reveals the figure's start button and makes the live view (components/timeline.ts) on the
 * first intent, at once when the address asks for a view. The button says it is loading and,
 * if the live view cannot be loaded, that the static chart is complete.
 */
export function enhanceTimelineOnDemand(figure: HTMLElement | null): void {
  const button = figure?.querySelector<HTMLButtonElement>("button.tl-start");
  if (!figure || !button) return;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    performance.mark("timeline:intent");
    for (const type of intents) figure.removeEventListener(type, onIntent);
    button.setAttribute("aria-disabled", "true");
    button.textContent = button.dataset.loading ?? "";
    // The view file and the live view's modules come over the network together, not one after the other.
    const src = figure.querySelector<HTMLElement>("script.tl-data")?.dataset.src;
    const view = src ? fetchViewFile(src) : undefined;
    view?.catch(() => undefined);
    const live = import("./timeline.js");
    live
      .then(({ enhanceTimeline }) => enhanceTimeline(figure, view))
      .then(() => {
        if (document.activeElement === button || document.activeElement === document.body)
          if (button.dataset.focused !== undefined) firstControl(figure)?.focus();
      })
      .catch(() => {
        button.textContent = button.dataset.failed ?? "";
      });
  };
  function onIntent(event: Event): void {
    if (event.type === "pointerover" && (event as PointerEvent).pointerType !== "mouse") return;
    start();
  }
  for (const type of intents) figure.addEventListener(type, onIntent);
  // The live view takes the button's place: where the button had focus, its first control takes it.
  button.addEventListener("focus", () => {
    button.dataset.focused = "";
  });
  button.addEventListener("blur", () => {
    // Hidden under focus when the live view goes in: that blur is not the reader's.
    if (!figure.classList.contains("tl-enhanced")) delete button.dataset.focused;
  });
  window.addEventListener("hashchange", () => {
    if (addressAsksForView()) start();
  });
  button.dataset.ready = "";
  if (addressAsksForView()) start();
  else loadModulesWhenIdle();
}
