// The site search's index options, one object for the build (which indexes) and the browser
// (which loads the index): MiniSearch must load an index with the options it was built with.

/** One row of the evidence as the search finds it. */
export interface SearchDocument {
  /** "<table>:<row id>", unique across tables. */
  id: string;
  /** The table the row is from: events, statements, claims, figures, sources, actors, annotations. */
  table: string;
  /** What a result shows. */
  title: string;
  /** Further words the row is found by (summary, verbatim text, names), not shown. */
  text: string;
  /** The row's date as shown ("6 Aug 2018"), or "". */
  when: string;
  /** Where the row is: a page path and the row's anchor, from the site's root ("/timeline#x"). */
  href: string;
}

export const searchFields = ["title", "text", "when"] as const;
export const searchStoreFields = ["table", "title", "when", "href"] as const;

/** The index's options (the same when built and when loaded). */
export const searchIndexOptions = {
  fields: [...searchFields],
  storeFields: [...searchStoreFields],
};

/** The shortest query the box searches for (one letter would match most of the index). */
export const minQueryLength = 2;

/**
 * How a query matches: every word; the last one also as a prefix (the reader is still typing
 * it); words of five letters or more also by a near spelling (not numbers: "5001" is not "5002").
 */
export const searchQueryOptions = {
  combineWith: "AND",
  prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
  fuzzy: (term: string) => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false),
  boost: { title: 2 },
} as const;
