// Large evidence splits the sources and statements pages: past a limit, /sources and /statements
// keep an index (every row's anchor, so links from other pages still land) and the full entries
// move to numbered pages (/sources/<n>, /statements/<n>, /statements/topics-<n>). Real
// investigations stay under the limits and keep one page each; the layout is computed from the
// evidence alone, so the config's dynamicPaths, the pages and every link agree.

import { isPaged, itemYear, yearPagePath } from "../charts/timeline/pages.ts";
import { compileClaimsMatrix } from "../compile/claims-matrix.ts";
import { correctionsOf } from "../compile/corrections.ts";
import { compileSources } from "../compile/sources.ts";
import { statementViews } from "../compile/statements.ts";
import { compileTimeline } from "../compile/timeline.ts";
import type { Evidence } from "../model.ts";
import type { LinkTarget } from "../site/plan.ts";
import { anchor, type PageLinks } from "./evidence-html.ts";
import { splitLimits } from "./limits.ts";

/** Rows split over numbered pages: `parts[i]` holds the ids shown on the page `paths[i]`. */
export interface Split {
  split: boolean;
  parts: string[][];
  paths: string[];
  /** The page holding a row, when split. */
  pathOf: Map<string, string>;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

function splitOf(parts: string[][], path: (n: number) => string, split: boolean): Split {
  if (!split) return { split, parts: [], paths: [], pathOf: new Map() };
  const paths = parts.map((_, i) => path(i + 1));
  const pathOf = new Map(parts.flatMap((ids, i) => ids.map((id) => [id, paths[i] as string] as const)));
  return { split, parts, paths, pathOf };
}

/**
 * One layout per evidence object and page: every page loader of a build asks for the same ones.
 * `base` is the page that holds the list (numbered pages go under it).
 */
function cached(
  compute: (evidence: Evidence, base: string) => Split,
  defaultBase: string,
): (evidence: Evidence, base?: string) => Split {
  const layouts = new WeakMap<Evidence, Map<string, Split>>();
  return (evidence, base = defaultBase) => {
    const held = layouts.get(evidence) ?? new Map<string, Split>();
    layouts.set(evidence, held);
    const split = held.get(base) ?? compute(evidence, base);
    held.set(base, split);
    return split;
  };
}

/** "/sources" + "/2"; under the front page "/2". */
function under(base: string, part: string): string {
  return `${base === "/" ? "" : base}/${part}`;
}

/** Sources in the sources page's order, `perPage` to a page. */
export const sourcesSplit = cached((evidence, base) => {
  const ids = compileSources(evidence).entries.map((e) => e.source.id);
  const { onePage, perPage } = splitLimits.sources;
  return splitOf(chunk(ids, perPage), (n) => under(base, String(n)), ids.length > onePage);
}, "/sources");

/** Statements by date, `perPage` to a page. */
export const statementsSplit = cached((evidence, base) => {
  const ids = statementViews(evidence).map((s) => s.id);
  const { onePage, perPage } = splitLimits.statements;
  return splitOf(chunk(ids, perPage), (n) => under(base, String(n)), ids.length > onePage);
}, "/statements");

/**
 * Claims by topic: whole topics packed in order, up to `perPage` claims a page (a larger topic
 * gets a page of its own). `parts` holds topic ids; `pathOf` maps topic and claim ids alike.
 */
export const claimsSplit = cached((evidence, base) => {
  const { onePage, perPage } = splitLimits.claims;
  const matrix = compileClaimsMatrix(evidence);
  const sizes = matrix.rows.map((r) => ({
    topic: r.topic.id,
    claims: r.cells.flatMap((c) => c.claims.map((claim) => claim.id)),
  }));
  const parts: { topics: string[]; claims: string[] }[] = [];
  for (const { topic, claims } of sizes) {
    const last = parts.at(-1);
    if (last && last.claims.length + claims.length <= perPage) {
      last.topics.push(topic);
      last.claims.push(...claims);
    } else parts.push({ topics: [topic], claims: [...claims] });
  }
  const split = splitOf(
    parts.map((p) => p.topics),
    (n) => under(base, `topics-${n}`),
    evidence.claims.length > onePage,
  );
  if (split.split)
    parts.forEach((p, i) => {
      for (const id of p.claims) split.pathOf.set(id, split.paths[i] as string);
    });
  return split;
}, "/statements");

/** Events on the timeline's year pages, when its list is too long for one page. */
export const timelineSplit = cached((evidence, base) => {
  const timeline = compileTimeline(evidence);
  if (!isPaged(timeline)) return splitOf([], String, false);
  const years = new Map<string, string[]>();
  for (const item of timeline.items) {
    if (item.type !== "event") continue;
    const ids = years.get(itemYear(item));
    if (ids) ids.push(item.rowId);
    else years.set(itemYear(item), [item.rowId]);
  }
  return splitOf([...years.values()], (n) => yearPagePath([...years.keys()][n - 1] as string, base), true);
}, "/timeline");

/**
 * Links that go straight to a row's numbered page when its page is split (the index on the main
 * page keeps an anchor per source and statement too, for pages that link there); events go to
 * their timeline year page when the timeline is split.
 */
export function routedLinks(to: PageLinks, evidence: Evidence): PageLinks {
  const split = (target: LinkTarget, of: (evidence: Evidence, base: string) => Split) => {
    const base = to.page(target);
    return base === undefined ? undefined : of(evidence, base);
  };
  const sources = split("sources", sourcesSplit);
  const statements = split("statements", statementsSplit);
  const claims = split("claims", claimsSplit);
  const events = split("timeline", timelineSplit);
  const via = (split: Split | undefined, id: string, hash: string, fallback: string | undefined) => {
    const path = split?.pathOf.get(id);
    return path ? `${path}#${hash}` : fallback;
  };
  return {
    ...to,
    source: (id) => via(sources, id, id, to.source(id)),
    statement: (id) => via(statements, id, id, to.statement(id)),
    claim: (id) => via(claims, id, anchor("claim", id), to.claim(id)),
    event: (id) => via(events, id, id, to.event(id)),
    corrections: correctionsOf(evidence),
  };
}

/** The numbered pages of every split list, under the pages that hold the lists. */
export function splitPagePaths(evidence: Evidence, to: PageLinks): string[] {
  const paths = (target: LinkTarget, of: (evidence: Evidence, base: string) => Split) => {
    const base = to.page(target);
    return base === undefined ? [] : of(evidence, base).paths;
  };
  return [
    ...paths("timeline", timelineSplit),
    ...paths("sources", sourcesSplit),
    ...paths("statements", statementsSplit),
    ...paths("claims", claimsSplit),
  ];
}
