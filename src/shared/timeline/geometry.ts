// The timeline's sizes, in CSS px: one place for every number the layout, the build-time SVGs
// and the browser view agree on.

export const geometry = {
  symbolSize: 10,
  barSize: 8,
  rowSize: 14,
  lanePadding: 3,
  maxRows: 6,
  minColumn: 26,
  axisSize: 26,
  verticalAxis: 52,
  verticalHeader: 112,
  marginEnd: 14,
  /** How far an open side (../2018-08-06, "before") fades away from its known bound. */
  openFade: 56,
  /** The least length of an approximate date's soft bar, so a day "about" then still shows soft edges. */
  softMin: 14,
} as const;

/** Beyond this many items, one DOM node per mark is too slow: draw on canvas, or aggregate. */
export const denseThreshold = 1500;

/** Below this width time runs down the page instead of across (timeline.css's media query too). */
export const narrowWidth = 640;

/** The widths the build draws the static SVGs at: time across, and time down (a phone). */
export const staticWidths = { wide: 960, narrow: 360 } as const;

/** How long the time axis of a vertical layout is: longer with more items, within limits. */
export function verticalTimeLength(items: number): number {
  return Math.round(Math.min(2400, Math.max(640, items * 9)));
}
