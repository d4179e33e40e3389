// Marks on canvas for dense timelines, in horizontal tiles: a re-render draws the tiles on
// screen at once and the others when the browser is idle (or as they come near the screen), so
// a filter change costs what the reader can see, not the whole chart.
import { geometry } from "../../shared/timeline/geometry.js";
import type { TimelineLayout } from "../../shared/timeline/layout.js";
import type { TimelineView } from "../../shared/timeline/view.js";
import { cancelIdle, requestIdle } from "../idle.js";
import { drawMarks } from "./draw-marks.js";

/** The tiles off screen are painted one per idle period, within a second each. */
const tileIdle = { timeout: 1000, fallbackMs: 16 };

const tileHeight = 400;

interface Tile {
  canvas: HTMLCanvasElement;
  top: number;
  height: number;
  marks: number[];
  links: number[];
  dirty: boolean;
}

export class TiledCanvas {
  readonly element: HTMLElement;
  private tiles: Tile[] = [];
  private view: TimelineView | undefined;
  private layout: TimelineLayout | undefined;
  private colours: Readonly<Record<string, string>> = {};
  private idle = 0;
  private readonly observer: IntersectionObserver;

  constructor() {
    this.element = document.createElement("div");
    this.element.className = "tl-tiles";
    this.element.setAttribute("aria-hidden", "true");
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const tile = this.tiles.find((t) => t.canvas === entry.target);
          if (entry.isIntersecting && tile?.dirty) this.paint(tile);
        }
      },
      { rootMargin: "200px 0px" },
    );
  }

  /**
   * Draws the layout: tiles on screen now, the rest later. `top`: where the tiles begin in the
   * viewport, when known from before the page changed (else it is read, which lays out the page).
   */
  draw(
    view: TimelineView,
    layout: TimelineLayout,
    colours: Readonly<Record<string, string>>,
    top = this.element.getBoundingClientRect().top,
  ): void {
    this.view = view;
    this.layout = layout;
    this.colours = colours;
    this.resize(layout);
    const half = geometry.symbolSize / 2 + 1;
    const tileOf = (y: number) => Math.max(0, Math.min(this.tiles.length - 1, Math.floor(y / tileHeight)));
    const { marks } = layout;
    for (let m = 0; m < marks.length; m++) {
      const y = marks.y[m] as number;
      const cy = marks.cy[m] as number;
      const from = tileOf(Math.min(y, cy - half));
      const to = tileOf(Math.max(y + (marks.h[m] as number), cy + half));
      for (let t = from; t <= to; t++) this.tiles[t]?.marks.push(m);
    }
    const { links } = layout;
    for (let l = 0; l < links.length; l++) {
      const y1 = links.y1[l] as number;
      const y2 = links.y2[l] as number;
      for (let t = tileOf(Math.min(y1, y2) - 3); t <= tileOf(Math.max(y1, y2) + 3); t++)
        this.tiles[t]?.links.push(l);
    }
    // Only what is on screen now: the observer paints a tile 200 px before it scrolls in, and
    // idle time the rest.
    for (const tile of this.tiles) {
      if (top + tile.top < innerHeight && top + tile.top + tile.height > 0) this.paint(tile);
    }
    this.schedule();
  }

  private resize(layout: TimelineLayout): void {
    const ratio = window.devicePixelRatio || 1;
    const count = Math.max(1, Math.ceil(layout.height / tileHeight));
    while (this.tiles.length > count) {
      const tile = this.tiles.pop();
      if (tile) {
        this.observer.unobserve(tile.canvas);
        tile.canvas.remove();
      }
    }
    while (this.tiles.length < count) {
      const canvas = document.createElement("canvas");
      this.element.append(canvas);
      this.observer.observe(canvas);
      this.tiles.push({ canvas, top: 0, height: 0, marks: [], links: [], dirty: true });
    }
    this.tiles.forEach((tile, t) => {
      tile.top = t * tileHeight;
      tile.height = Math.min(tileHeight, layout.height - tile.top);
      tile.marks = [];
      tile.links = [];
      tile.dirty = true;
      const width = Math.round(layout.width * ratio);
      const height = Math.round(tile.height * ratio);
      if (tile.canvas.width !== width || tile.canvas.height !== height) {
        tile.canvas.width = width;
        tile.canvas.height = height;
      }
      tile.canvas.style.cssText = `top:${tile.top}px;width:${layout.width}px;height:${tile.height}px`;
    });
  }

  private paint(tile: Tile): void {
    const ctx = tile.canvas.getContext("2d");
    if (!ctx || !this.view || !this.layout) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, tile.canvas.width, tile.canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, -tile.top * ratio);
    drawMarks(ctx, this.view, this.layout, this.colours, tile.marks, tile.links);
    tile.dirty = false;
  }

  /** Paints the remaining tiles one per idle period. */
  private schedule(): void {
    cancelIdle(this.idle);
    const next = () => {
      const tile = this.tiles.find((t) => t.dirty);
      if (!tile) return;
      this.paint(tile);
      this.idle = requestIdle(next, tileIdle);
    };
    this.idle = requestIdle(next, tileIdle);
  }
}
