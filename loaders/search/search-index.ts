// The search index, built once at build time and written as JSON (src/data/search.json.ts); the
// browser loads it as it is (MiniSearch.loadJSON) when the reader starts typing.
import MiniSearch from "minisearch";
import { type SearchDocument, searchIndexOptions } from "../../src/shared/search-options.ts";

export function buildSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(documents);
  return index;
}

/** The index as the site serves it. */
export function searchIndexJson(documents: readonly SearchDocument[]): string {
  return JSON.stringify(buildSearchIndex(documents));
}
