// The scene's nodes and options: an SVG drawing as plain data, which the build serialises and
// the browser creates.

export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number>;
  /** Text content (escaped by the renderer). */
  text?: string;
  children?: SvgNode[];
}

export interface SceneOptions {
  /** Prefix for ids inside the SVG, unique within the page. */
  idPrefix: string;
  /** `each`: a mark per item; `density`: per lane, how many items fall in each few pixels; `none`: lanes and axis only. */
  marks: "each" | "density" | "none";
  /** A short text per item (index into the view), shown as the mark's tooltip. */
  label?: (index: number) => string;
  /** Where a mark links to (e.g. `#event-x`, its entry in the list). */
  href?: (index: number) => string;
  /** The id of the annotation to emphasise (the guided story's current step). */
  emphasis?: string;
  /** Colours per CSS class (`tl-status-confirmed`…) for SVGs shown without the site's CSS. */
  palette?: Readonly<Record<string, string>>;
}

/** Coordinates to a tenth of a pixel: enough on screen, and a much shorter SVG. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}
