// The site search on a built site: the index's size (as served, and gzip, which the static
// server sends), the time to load it in the browser's way (MiniSearch.loadJSON) and query times.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import MiniSearch from "minisearch";
import {
  minQueryLength,
  type SearchDocument,
  searchIndexOptions,
  searchQueryOptions,
} from "../src/shared/search-options.ts";
import { median } from "./median.ts";

/** Queries a reader types, one keystroke at a time: each prefix the box searches for is a query. */
function keystrokes(words: readonly string[]): string[] {
  return words.flatMap((phrase) =>
    [...phrase].map((_, i) => phrase.slice(0, i + 1)).filter((q) => q.trim().length >= minQueryLength),
  );
}

export function measureSearch(name: string, siteDir: string): Record<string, string | number> {
  const folder = join(siteDir, "_file", "data");
  const file = readdirSync(folder).find((f) => /^search\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error(`no search index in ${folder}: build the site first`);
  const json = readFileSync(join(folder, file), "utf8");
  const started = performance.now();
  const index = MiniSearch.loadJSON<SearchDocument>(json, searchIndexOptions);
  const loadMs = performance.now() - started;
  // Words from the index's own rows, so the queries find something on any site.
  const titles = [...new Set(index.search(MiniSearch.wildcard).map((r) => String(r.title)))];
  const words = [titles[0], titles[Math.floor(titles.length / 2)], titles.at(-1)]
    .filter((t): t is string => Boolean(t))
    .map((t) => t.split(/\s+/).slice(0, 3).join(" "));
  const times = keystrokes(words).map((query) => {
    const t = performance.now();
    index.search(query, searchQueryOptions);
    return performance.now() - t;
  });
  return {
    site: name,
    rows: index.documentCount,
    "index KB": Math.round(json.length / 1024),
    "gzip KB": Math.round(gzipSync(json).length / 1024),
    "load ms": Math.round(loadMs),
    "query ms (median)": median(times).toFixed(1),
    "query ms (max)": Math.max(...times).toFixed(1),
    queries: times.length,
    target: "query < 50 ms at 10,000 events",
  };
}

// tsx bench/search.ts <site dir>…: the figures of sites already built.
if (import.meta.url === `file://${process.argv[1]}`)
  for (const dir of process.argv.slice(2)) console.log(measureSearch(dir, dir));
