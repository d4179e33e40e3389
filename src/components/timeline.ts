// The timeline's browser enhancement: it replaces the build-time SVG with a live view of the
// same layout and adds filters, a time brush, a details card, keyboard navigation and URL state.
// It reads the compact view the page embeds (script.tl-data) and the list of entries: on the
// page, or on the year pages large evidence has, fetched when first needed (timeline-entries.ts).
//
// - Marks are SVG up to `denseThreshold`; beyond, they are drawn on canvas tiles, those on
//   screen first (timeline-canvas.ts).
// - One focusable element (the cursor) sits on the current mark: Tab reaches it, arrow keys move
//   it in time order, Enter pins the card, Escape closes it. Each move puts a new element in
//   focus so screen readers announce the new label.
// - Everything a reader chooses is written to the URL (timeline-state.ts).
import { brushX } from "d3-brush";
import { select } from "d3-selection";
import { TiledCanvas } from "./timeline-canvas.js";
import { createCard } from "./timeline-card.js";
import { type ControlsChange, createControls, el } from "./timeline-controls.js";
import { createEntries, type Entries } from "./timeline-entries.js";
import {
  dayNumber,
  fullDomain,
  isoDay,
  layoutTimeline,
  markAt,
  type PackedView,
  type TimelineLayout,
  type TimelineView,
  unpackView,
  type ViewItem,
  verticalTimeLength,
} from "./timeline-layout.js";
import { overviewPath, readColours, svgElement } from "./timeline-render.js";
import { timelineScene } from "./timeline-scene.js";
import { readState, type TimelineState, writeState } from "./timeline-state.js";

/** Below this width (CSS px) time runs down the page instead of across. */
export const narrowWidth = 640;
const overviewHeight = 36;

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "6 Aug 2018" (Intl's formatters cost tens of milliseconds to create on a slow phone). */
function formatDay(day: number): string {
  const [year, month, date] = isoDay(day).split("-").map(Number);
  return `${date} ${months[(month ?? 1) - 1]} ${year}`;
}

/** The year an item is listed under (as loaders/charts/timeline/pages.ts groups them). */
function yearOf(item: ViewItem): string {
  return isoDay(item.start).slice(0, 4);
}

function clean(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

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

class InteractiveTimeline {
  private readonly extent: [number, number];
  /** First day of any item and the day after the last. */
  private readonly span: [number, number];
  private readonly ids: Map<string, number>;
  private readonly laneIds: Map<string, number>;
  private readonly kindIds: Map<string, number>;
  private state: TimelineState;
  private layout: TimelineLayout | undefined;
  /** Index into layout.marks of the mark the cursor is on. */
  private current = 0;
  private hovered = -1;
  private focused = false;
  private urlPending = false;
  /** Status colours for the canvas, read from CSS once per colour scheme. */
  private colours: Record<string, string> | undefined;
  private readonly root: HTMLElement;
  private readonly controls;
  private readonly overview: SVGSVGElement;
  private readonly overviewDensity: SVGPathElement;
  private readonly brush;
  private readonly brushLayer: SVGGElement;
  private readonly stage: HTMLElement;
  private readonly drawing: HTMLElement;
  private scene: Element;
  private readonly tiles = new TiledCanvas();
  private readonly overlay: SVGSVGElement;
  private cursor: HTMLElement;
  private readonly card;
  private readonly entries: Entries;
  private width = 0;
  /** The brush selection last drawn, in px. */
  private brushSelection: [number, number] | null = null;

  constructor(
    private readonly figure: HTMLElement,
    private readonly view: TimelineView,
  ) {
    this.extent = fullDomain(view.items);
    this.span = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const item of view.items) {
      this.span[0] = Math.min(this.span[0], item.start);
      this.span[1] = Math.max(this.span[1], item.end);
    }
    this.ids = new Map(view.items.map((item, i) => [item.id, i]));
    this.laneIds = new Map(view.lanes.map((lane, i) => [lane.id, i]));
    this.kindIds = new Map(view.kinds.map((kind, i) => [kind, i]));
    this.state = this.stateFromUrl();

    this.controls = createControls(view, this.extent, (change) => this.change(change));
    this.overview = svgElement({
      tag: "svg",
      attrs: { class: "tl-overview", height: overviewHeight },
    }) as SVGSVGElement;
    this.overview.setAttribute("aria-hidden", "true");
    this.overviewDensity = svgElement({
      tag: "path",
      attrs: { class: "tl-overview-density" },
    }) as SVGPathElement;
    this.brushLayer = svgElement({ tag: "g", attrs: { class: "tl-brush" } }) as SVGGElement;
    this.overview.append(this.overviewDensity, this.brushLayer);
    this.brush = brushX<unknown>().on(
      "end",
      (event: { sourceEvent?: unknown; selection: [number, number] | null }) => {
        if (!event.sourceEvent) return;
        this.brushed(event.selection);
      },
    );

    this.overlay = svgElement({ tag: "svg", attrs: { class: "tl-overlay" } }) as SVGSVGElement;
    this.overlay.setAttribute("aria-hidden", "true");
    this.cursor = this.newCursor();
    this.card = createCard(() => this.unpin());
    this.entries = createEntries(document, () => {
      this.placeCursor(false);
      this.showCard();
    });
    this.stage = el("div", {
      class: "tl-stage",
      role: "group",
      "aria-label": "Timeline chart",
      "aria-describedby": "tl--help",
    });
    this.scene = svgElement({ tag: "svg" });
    this.tiles.element.hidden = true;
    this.drawing = el("div", { class: "tl-drawing" }, this.scene, this.tiles.element);
    this.stage.append(this.drawing, this.overlay, this.cursor, this.card.element);
    const help = el(
      "p",
      { class: "tl-help", id: "tl--help" },
      "Point at or tab to a mark for its details; arrow keys move between marks in time order, Enter pins the details open and Escape closes them. Drag across the strip above the chart to zoom into a period.",
    );
    this.root = el(
      "div",
      { class: "tl-interactive" },
      this.controls.element,
      this.overview,
      this.stage,
      help,
    );
    figure.querySelector(".tl-static")?.after(this.root);
    figure.classList.add("tl-enhanced");

    this.stage.addEventListener("pointermove", (event) => this.pointer(event));
    this.stage.addEventListener("pointerleave", () => this.hover(-1));
    this.stage.addEventListener("click", (event) => this.click(event));
    this.stage.addEventListener("keydown", (event) => this.key(event));
    this.stage.addEventListener("focusin", (event) => {
      if (event.target === this.cursor) this.focus(true);
    });
    this.stage.addEventListener("focusout", (event) => {
      if (!this.stage.contains(event.relatedTarget as Node | null)) this.focus(false);
    });
    window.addEventListener("hashchange", () => {
      this.state = this.stateFromUrl();
      this.render();
      this.openPinned(true);
    });
    let frame = 0;
    new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? this.width);
      cancelAnimationFrame(frame);
      if (width && Math.abs(width - this.width) > 1) frame = requestAnimationFrame(() => this.render(width));
    }).observe(this.root);
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
      this.colours = undefined;
      this.render();
    });
  }

  private stateFromUrl(): TimelineState {
    return readState(new URL(location.href), {
      actors: this.view.lanes.map((lane) => lane.id),
      kinds: this.view.kinds,
      isItem: (id) => this.ids.has(id),
    });
  }

  /**
   * Writes the state to the URL once the browser is idle: changing the address of a long page
   * costs Chromium tens of milliseconds (10,000 entries), which should not delay the view.
   */
  private writeUrl(): void {
    if (this.urlPending) return;
    this.urlPending = true;
    const write = () => {
      this.urlPending = false;
      const next = writeState(new URL(location.href), this.state);
      if (next.href !== location.href) history.replaceState(history.state, "", next);
    };
    if ("requestIdleCallback" in window) requestIdleCallback(write, { timeout: 300 });
    else setTimeout(write, 50);
  }

  private shown(): (item: ViewItem) => boolean {
    const lanes = this.state.actors
      ? new Set(this.state.actors.map((id) => this.laneIds.get(id)))
      : undefined;
    const kinds = this.state.kinds
      ? new Set(this.state.kinds.map((kind) => this.kindIds.get(kind)))
      : undefined;
    if (!lanes && !kinds) return () => true;
    return (item) =>
      (!kinds || kinds.has(item.kind)) &&
      (!lanes || lanes.has(item.lane) || (item.links?.some((lane) => lanes.has(lane)) ?? false));
  }

  private domain(): [number, number] {
    const from = this.state.from ? dayNumber(this.state.from) : this.extent[0];
    const to = this.state.to ? dayNumber(this.state.to) + 1 : this.extent[1];
    return to > from ? [from, to] : this.extent;
  }

  /** The width the view has (reading it makes the browser lay out the page, if it has not yet). */
  measureWidth(): number {
    return this.root.clientWidth || this.figure.clientWidth || 960;
  }

  /** Draws the view for the current state; `width` when the space it has changed. */
  render(width = this.width || this.measureWidth()): void {
    const resized = width !== this.width;
    this.width = width;
    // Filters are applied once per render; layout and overview read the result.
    const filter = this.shown();
    const mask = new Uint8Array(this.view.items.length);
    let count = 0;
    this.view.items.forEach((item, i) => {
      if (filter(item)) {
        mask[i] = 1;
        count++;
      }
    });
    const shown = (_item: ViewItem, i: number) => mask[i] === 1;
    const vertical = width < narrowWidth;
    const previous = this.layout?.marks.index[this.current];
    const laidOut = performance.now();
    const layout = layoutTimeline(this.view, {
      width,
      orientation: vertical ? "vertical" : "horizontal",
      domain: this.domain(),
      shown,
      timeLength: verticalTimeLength(count),
    });
    this.layout = layout;
    performance.measure("timeline:layout", { start: laidOut });
    const drawn = performance.now();
    const scene = svgElement(
      timelineScene(this.view, layout, { idPrefix: "tl-live", marks: layout.dense ? "none" : "each" }),
    );
    scene.setAttribute("aria-hidden", "true");
    this.scene.replaceWith(scene);
    this.scene = scene;
    this.tiles.element.hidden = !layout.dense;
    this.stage.style.height = `${layout.height}px`;
    if (layout.dense) {
      this.colours ??= readColours(this.figure);
      this.tiles.draw(this.view, layout, this.colours);
    }
    performance.measure("timeline:draw", { start: drawn });
    this.overlay.setAttribute("width", String(layout.width));
    this.overlay.setAttribute("height", String(layout.height));
    this.current = Math.max(0, this.markOf(previous ?? -1));
    this.hovered = -1;
    this.renderOverview(shown, resized);
    this.controls.update(this.state, layout.marks.length, this.view.items.length, this.rangeText());
    this.stage.setAttribute(
      "aria-label",
      `Timeline chart: ${layout.marks.length} of ${this.view.items.length} items shown, in ${layout.lanes.length} lanes`,
    );
    this.placeCursor(false);
    this.showCard();
  }

  /** The days shown, as a reader says them: the data's own span unless zoomed in. */
  private rangeText(): string {
    const first = this.state.from ? dayNumber(this.state.from) : this.span[0];
    const last = this.state.to ? dayNumber(this.state.to) : this.span[1] - 1;
    return `${formatDay(first)} to ${formatDay(last)}`;
  }

  private renderOverview(shown: (item: ViewItem, index: number) => boolean, resized: boolean): void {
    const width = this.width;
    this.overviewDensity.setAttribute(
      "d",
      overviewPath(this.view, shown, this.extent, width, overviewHeight),
    );
    const layer = select(this.brushLayer);
    if (resized) {
      this.overview.setAttribute("width", String(width));
      this.overview.setAttribute("viewBox", `0 0 ${width} ${overviewHeight}`);
      this.brush.extent([
        [0, 0],
        [width, overviewHeight],
      ]);
      layer.call(this.brush);
    }
    const span = this.extent[1] - this.extent[0];
    const x = (day: number) => ((day - this.extent[0]) / span) * width;
    const [from, to] = this.domain();
    const zoomed = this.state.from || this.state.to;
    const selection: [number, number] | null = zoomed ? [x(from), x(to)] : null;
    // Moving the brush redraws it and fires its events: only when the time range changed.
    if (resized || selection?.join() !== this.brushSelection?.join()) layer.call(this.brush.move, selection);
    this.brushSelection = selection;
  }

  private brushed(selection: [number, number] | null): void {
    if (!selection || selection[1] - selection[0] < 2) {
      this.change({ from: undefined, to: undefined });
      return;
    }
    const span = this.extent[1] - this.extent[0];
    const day = (x: number) => this.extent[0] + (x / this.width) * span;
    this.change({
      from: isoDay(Math.floor(day(selection[0]))),
      to: isoDay(Math.ceil(day(selection[1])) - 1),
    });
  }

  private change(change: ControlsChange): void {
    performance.mark("timeline:filter");
    this.state = { ...this.state, ...change };
    for (const key of ["actors", "kinds", "from", "to"] as const)
      if (this.state[key] === undefined) delete this.state[key];
    this.render();
    this.writeUrl();
    performance.mark("timeline:updated");
    performance.measure("timeline:update", "timeline:filter", "timeline:updated");
  }

  /** The position in layout.marks of the item with view index `index`, or -1. */
  private markOf(index: number): number {
    return index < 0 || !this.layout ? -1 : this.layout.marks.find(index);
  }

  private label(position: number): string {
    const mark = this.layout?.marks.at(position);
    const item = mark && this.view.items[mark.index];
    if (!item || !this.layout) return "No items shown";
    // The card fetches an entry's page when it shows it; the label only reads what is here.
    const entry = this.entries.get(item.id, yearOf(item), false);
    const where = `${position + 1} of ${this.layout.marks.length}`;
    if (!entry) return `${where}: ${formatDay(item.start)}, ${item.id}`;
    const part = (selector: string) => clean(entry.querySelector(selector)?.textContent);
    return [where, part(".tl-when"), part(".tl-title"), part(".tl-what"), part(".tl-actors")]
      .filter(Boolean)
      .join(". ");
  }

  private newCursor(): HTMLElement {
    return el("div", { class: "tl-cursor", tabindex: "0", role: "button" });
  }

  /** Moves the cursor to the current mark; a fresh element when it takes focus, so it is announced. */
  private placeCursor(takeFocus: boolean): void {
    const mark = this.layout?.marks.at(this.current);
    let cursor = this.cursor;
    if (takeFocus) {
      cursor = this.newCursor();
      this.cursor.replaceWith(cursor);
      this.cursor = cursor;
    }
    cursor.hidden = !mark;
    if (!mark) return;
    cursor.style.left = `${mark.cx - 10}px`;
    cursor.style.top = `${mark.cy - 10}px`;
    const item = this.view.items[mark.index] as ViewItem;
    cursor.setAttribute("aria-label", this.label(this.current));
    cursor.setAttribute("aria-pressed", String(this.state.pinned === item.id));
    cursor.dataset.id = item.id;
    if (takeFocus) cursor.focus();
    this.highlight();
  }

  private highlight(): void {
    const layout = this.layout;
    const rings: Node[] = [];
    const pinned = this.state.pinned ? this.markOf(this.ids.get(this.state.pinned) ?? -1) : -1;
    for (const [position, cls] of [
      [pinned, "tl-ring-pinned"],
      [this.hovered, "tl-ring-hover"],
    ] as const) {
      const mark = layout?.marks.at(position);
      if (mark)
        rings.push(svgElement({ tag: "circle", attrs: { class: cls, cx: mark.cx, cy: mark.cy, r: 9 } }));
    }
    this.overlay.replaceChildren(...rings);
  }

  /** The card shows the hovered mark, else the focused one, else the pinned item. */
  private showCard(): void {
    const layout = this.layout;
    if (!layout) return;
    const pinnedIndex = this.state.pinned ? (this.ids.get(this.state.pinned) ?? -1) : -1;
    const position =
      this.hovered >= 0 ? this.hovered : this.focused ? this.current : this.markOf(pinnedIndex);
    const mark = layout.marks.at(position);
    const index = mark ? mark.index : pinnedIndex;
    const item = this.view.items[index];
    if (!item) {
      this.card.hide();
      return;
    }
    const x = mark ? mark.cx : 0;
    const y = mark ? mark.cy : 0;
    this.card.show(
      this.entries.get(item.id, yearOf(item)),
      this.fallback(item),
      item.id === this.state.pinned,
      x,
      y,
      layout.width,
      layout.height,
    );
  }

  /** What the card says while an item's year page loads, or if it cannot be loaded. */
  private fallback(item: ViewItem): string | Node {
    const year = yearOf(item);
    const state = this.entries.state(item.id, year);
    const url = this.entries.yearUrl(year);
    if (state === "loading") return `${formatDay(item.start)}: loading the details…`;
    if (state === "failed" && url)
      return el(
        "p",
        {},
        `${formatDay(item.start)}: the details could not be loaded. `,
        el("a", { href: `${url}#${item.id}` }, `See ${year}'s page`),
      );
    return item.id;
  }

  private pin(position: number): void {
    const mark = this.layout?.marks.at(position);
    const item = mark && this.view.items[mark.index];
    if (!item) return;
    this.state = { ...this.state, pinned: item.id };
    this.writeUrl();
  }

  private unpin(): void {
    delete this.state.pinned;
    this.writeUrl();
    this.hovered = -1;
    this.placeCursor(false);
    this.card.hide();
  }

  /** Opens the pinned item from the URL; when asked, scrolls it into view. */
  openPinned(scroll: boolean): void {
    if (!this.state.pinned) return;
    const position = this.markOf(this.ids.get(this.state.pinned) ?? -1);
    if (position >= 0) this.current = position;
    this.placeCursor(false);
    this.showCard();
    if (scroll) (position >= 0 ? this.cursor : this.figure).scrollIntoView({ block: "center" });
  }

  private point(event: MouseEvent): number {
    const box = this.stage.getBoundingClientRect();
    return this.layout ? markAt(this.layout, event.clientX - box.left, event.clientY - box.top) : -1;
  }

  private pointer(event: PointerEvent): void {
    if (this.card.element.contains(event.target as Node)) return;
    this.hover(this.point(event));
  }

  private hover(position: number): void {
    if (position === this.hovered) return;
    this.hovered = position;
    this.stage.classList.toggle("tl-pointing", position >= 0);
    this.highlight();
    this.showCard();
  }

  private click(event: MouseEvent): void {
    if (this.card.element.contains(event.target as Node)) return;
    const position = this.point(event);
    if (position < 0) {
      if (this.state.pinned) this.unpin();
      return;
    }
    const item = this.view.items[this.layout?.marks.at(position)?.index ?? -1];
    this.current = position;
    if (item && this.state.pinned === item.id) this.unpin();
    else this.pin(position);
    this.placeCursor(true);
    this.showCard();
  }

  private focus(focused: boolean): void {
    this.focused = focused;
    this.showCard();
  }

  private key(event: KeyboardEvent): void {
    if (event.target !== this.cursor || !this.layout) return;
    const last = this.layout.marks.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: this.current + 1,
      ArrowDown: this.current + 1,
      ArrowLeft: this.current - 1,
      ArrowUp: this.current - 1,
      PageDown: this.current + 10,
      PageUp: this.current - 10,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      this.current = Math.max(0, Math.min(last, target));
      this.placeCursor(true);
      this.showCard();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const item = this.view.items[this.layout.marks.at(this.current)?.index ?? -1];
      if (item && this.state.pinned === item.id) this.unpin();
      else this.pin(this.current);
      this.placeCursor(false);
      this.showCard();
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.focused = false;
      this.unpin();
    }
  }
}
