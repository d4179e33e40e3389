// How much one page shows before it folds or splits, in one place. Real investigations stay
// under every limit and keep one page per list, all open; the limits keep a site of 10,000
// events light enough to read, to check with axe and to load on a phone.

/** Up to `onePage` rows a page shows them all; beyond, `perPage` rows per numbered page. */
export const splitLimits = {
  sources: { onePage: 150, perPage: 50 },
  statements: { onePage: 200, perPage: 100 },
  claims: { onePage: 200, perPage: 100 },
} as const;

/**
 * Up to this many items, the timeline's whole list is on its page, every year open and each
 * source cited in full. Beyond it the list moves to one page per year (timeline/pages.ts) and
 * cites each source by one link to its entry.
 */
export const openListLimit = 300;

/** Up to this many items the embed's table lists each one; beyond, it counts them per year and lane. */
export const tableRowLimit = openListLimit;

/** Up to this many statements, every group is shown; beyond it, groups start folded (headings stay). */
export const openStatementsLimit = 200;

/** Beyond this many claims, each answer shows its first claims and folds the rest. */
export const openClaimsLimit = 200;

/** A source's backlinks per table: the first ones shown, the count always stated. */
export const backlinksShown = 20;

/**
 * A comparison cell shows its first `visible` items and folds the rest, up to `max`; beyond that
 * it says how many more the timeline (or the statements page) has; `events` under each name.
 */
export const listLimits = { visible: 5, max: 10, events: 20 } as const;
