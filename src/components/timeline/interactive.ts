// The live timeline: it replaces the build-time SVG with the same layout drawn in the browser
// and wires the pieces together: filters (controls.ts), the zoom strip (overview.ts), marks as
// SVG or canvas tiles (canvas.ts), the cursor (cursor.ts), the details card (card.ts) and the
// URL state (state.ts). Everything a reader chooses is written to the URL.

import { yearOf } from "../../shared/timeline/days.js";
import { markAt } from "../../shared/timeline/hit.js";
import type { TimelineLayout } from "../../shared/timeline/layout.js";
import { timelineScene } from "../../shared/timeline/scene.js";
import type { TimelineView } from "../../shared/timeline/view.js";
import { pageLocale } from "../locale.js";
import { TiledCanvas } from "./canvas.js";
import { createCard } from "./card.js";
import { readColours } from "./colours.js";
import { type ControlsChange, createControls } from "./controls.js";
import { createCursor } from "./cursor.js";
import { emphasisOf } from "./emphasis.js";
import { createEntries } from "./entries.js";
import { timelineFrame } from "./frame.js";
import { cardFallback, markLabel } from "./item-text.js";
import { keyTarget } from "./keys.js";
import {
  type Laid,
  layoutFor,
  rangeText,
  type TimelineModel,
  timelineModel,
  urlState,
  visibleDays,
} from "./model.js";
import { createOverview } from "./overview.js";
import { SceneLayer } from "./scene-layer.js";
import type { TimelineState } from "./state.js";
import { urlWriter } from "./url-writer.js";

export class InteractiveTimeline {
  private readonly model: TimelineModel;
  private state: TimelineState;
  private layout: TimelineLayout | undefined;
  /** Index into layout.marks of the mark the cursor is on. */
  private current = 0;
  private hovered = -1;
  private focused = false;
  /** Status colours for the canvas, read from CSS once per colour scheme. */
  private colours: Record<string, string> | undefined;
  private width = 0;
  private firstTop: number | undefined;
  private readonly root: HTMLElement;
  private readonly stage: HTMLElement;
  private readonly scene = new SceneLayer();
  private readonly tiles = new TiledCanvas();
  private readonly controls;
  private readonly overview;
  private readonly cursor = createCursor();
  private readonly writeUrl = urlWriter(() => this.state);
  private readonly card = createCard(() => this.unpin());
  private readonly entries = createEntries(document, () => {
    this.placeCursor(false);
    this.showCard();
  });

  constructor(
    private readonly figure: HTMLElement,
    private readonly view: TimelineView,
  ) {
    this.model = timelineModel(view);
    this.state = urlState(this.model, new URL(location.href));
    const change = (change: ControlsChange) => this.change(change);
    this.controls = createControls(view, this.model.extent, change);
    this.overview = createOverview(view, this.model.extent, change, pageLocale().dir);
    this.tiles.element.hidden = true;
    ({ root: this.root, stage: this.stage } = timelineFrame({
      controls: this.controls.element,
      overview: this.overview.element,
      layers: [this.scene.element, this.tiles.element],
      above: [this.cursor.overlay, this.cursor.element, this.card.element],
    }));
    this.listen();
  }

  /** Puts the live view in the page in place of the static chart (when its first drawing is ready). */
  attach(): void {
    this.figure.querySelector(".tl-static")?.after(this.root);
    this.figure.classList.add("tl-enhanced");
  }

  private listen(): void {
    this.stage.addEventListener("pointermove", (event) => {
      if (!this.card.element.contains(event.target as Node)) this.hover(this.point(event));
    });
    this.stage.addEventListener("pointerleave", () => this.hover(-1));
    this.stage.addEventListener("click", (event) => this.click(event));
    this.stage.addEventListener("keydown", (event) => this.key(event));
    this.stage.addEventListener("focusin", (event) => {
      if (event.target === this.cursor.element) this.focus(true);
    });
    this.stage.addEventListener("focusout", (event) => {
      if (!this.stage.contains(event.relatedTarget as Node | null)) this.focus(false);
    });
    window.addEventListener("hashchange", () => {
      this.state = urlState(this.model, new URL(location.href));
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

  /** The view's width (the static chart's until attached); first, also its colours and top. */
  measureWidth(): number {
    this.colours ??= readColours(this.figure);
    if (!this.layout) this.firstTop = this.figure.querySelector(".tl-static")?.getBoundingClientRect().top;
    return this.root.clientWidth || this.figure.clientWidth || 960;
  }

  /** Draws the view for the current state; `width` when the space it has changed. */
  render(width = this.width || this.measureWidth()): void {
    this.draw(this.lay(width));
  }

  /** Lays the view out for the current state, writing no DOM; `draw` draws it. */
  lay(width: number): Laid {
    const resized = width !== this.width;
    this.width = width;
    const laidOut = performance.now();
    const laid = layoutFor(this.model, this.state, width, pageLocale());
    performance.measure("timeline:layout", { start: laidOut });
    return { ...laid, resized };
  }

  draw({ layout, shown, width, resized = false }: Laid): void {
    const drawn = performance.now();
    // Where the stage is, read before writing (after, the page is laid out twice); first, the static's.
    const top = this.layout ? this.stage.getBoundingClientRect().top : this.firstTop;
    const previous = this.layout?.marks.index[this.current];
    this.layout = layout;
    const emphasis = emphasisOf(this.model, this.state);
    const options = { idPrefix: "tl-live", marks: layout.dense ? "none" : "each", emphasis } as const;
    this.scene.show(timelineScene(this.view, layout, options));
    this.tiles.element.hidden = !layout.dense;
    this.stage.style.height = `${layout.height}px`;
    this.cursor.size(layout.width, layout.height);
    this.current = Math.max(0, this.markOf(previous ?? -1));
    this.hovered = -1;
    const zoomed = this.state.from || this.state.to;
    this.overview.draw(shown, width, resized, zoomed ? visibleDays(this.model, this.state) : undefined);
    const [marks, total, lanes] = [layout.marks.length, this.view.items.length, layout.lanes.length];
    const range = rangeText(this.model, this.state, pageLocale());
    this.controls.update(this.state, marks, total, range);
    const label = pageLocale().t("live.timelineChartShown", { shown: marks, total, lanes });
    this.stage.setAttribute("aria-label", label);
    this.placeCursor(false);
    this.showCard();
    // The canvas last: every write to the page is done when it looks where the stage is.
    if (layout.dense) {
      this.colours ??= readColours(this.figure);
      this.tiles.draw(this.view, layout, this.colours, top);
    }
    performance.measure("timeline:draw", { start: drawn });
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

  private pinnedMark(): number {
    return this.state.pinned ? this.markOf(this.model.ids.get(this.state.pinned) ?? -1) : -1;
  }

  /** Moves the cursor to the current mark; a fresh element when it takes focus, so it is announced. */
  private placeCursor(takeFocus: boolean): void {
    const layout = this.layout;
    const mark = layout?.marks.at(this.current);
    const item = mark && this.view.items[mark.index];
    const target = item && {
      label: markLabel(item, this.current, layout?.marks.length ?? 0, this.entries),
      id: item.id,
      pinned: this.state.pinned === item.id,
    };
    this.cursor.place(mark, target, takeFocus);
    if (mark) this.cursor.rings(layout?.marks.at(this.pinnedMark()), layout?.marks.at(this.hovered));
  }

  /** The card shows the hovered mark, else the focused one, else the pinned item. */
  private showCard(): void {
    const layout = this.layout;
    if (!layout) return;
    const pinnedIndex = this.state.pinned ? (this.model.ids.get(this.state.pinned) ?? -1) : -1;
    const position =
      this.hovered >= 0 ? this.hovered : this.focused ? this.current : this.markOf(pinnedIndex);
    const mark = layout.marks.at(position);
    const item = this.view.items[mark ? mark.index : pinnedIndex];
    if (!item) {
      this.card.hide();
      return;
    }
    const entry = this.entries.get(item.id, yearOf(item));
    const fallback = cardFallback(item, this.entries);
    const pinned = item.id === this.state.pinned;
    this.card.show(entry, fallback, pinned, mark?.cx ?? 0, mark?.cy ?? 0, layout.width, layout.height);
  }

  private togglePin(position: number): void {
    const item = this.view.items[this.layout?.marks.at(position)?.index ?? -1];
    if (!item) return;
    if (this.state.pinned === item.id) {
      this.unpin();
      return;
    }
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
    const position = this.pinnedMark();
    if (position >= 0) this.current = position;
    this.placeCursor(false);
    this.showCard();
    if (scroll) (position >= 0 ? this.cursor.element : this.figure).scrollIntoView({ block: "center" });
  }

  private point(event: MouseEvent): number {
    const box = this.stage.getBoundingClientRect();
    return this.layout ? markAt(this.layout, event.clientX - box.left, event.clientY - box.top) : -1;
  }

  private hover(position: number): void {
    if (position === this.hovered) return;
    this.hovered = position;
    this.stage.classList.toggle("tl-pointing", position >= 0);
    const marks = this.layout?.marks;
    this.cursor.rings(marks?.at(this.pinnedMark()), marks?.at(position));
    this.showCard();
  }

  private click(event: MouseEvent): void {
    if (this.card.element.contains(event.target as Node)) return;
    const position = this.point(event);
    if (position < 0) {
      if (this.state.pinned) this.unpin();
      return;
    }
    this.current = position;
    this.togglePin(position);
    this.placeCursor(true);
    this.showCard();
  }

  private focus(focused: boolean): void {
    this.focused = focused;
    this.showCard();
  }

  private key(event: KeyboardEvent): void {
    if (event.target !== this.cursor.element || !this.layout) return;
    const target = keyTarget(event.key, this.current, this.layout.marks.length - 1, pageLocale().dir);
    const pin = event.key === "Enter" || event.key === " ";
    if (target === undefined && !pin && event.key !== "Escape") return;
    event.preventDefault();
    if (target === undefined && !pin) {
      this.focused = false;
      this.unpin();
      return;
    }
    if (target !== undefined) this.current = target;
    else this.togglePin(this.current);
    this.placeCursor(target !== undefined);
    this.showCard();
  }
}
