// Large evidence splits the sources and statements pages: past a limit, /sources and /statements
// keep an index (every row's anchor, so links from other pages still land) and the full entries
// move to numbered pages (/sources/<n>, /statements/<n>, /statements/topics-<n>). Real
// investigations stay under the limits and keep one page each; the layout is computed from the
// evidence alone, so the config's dynamicPaths, the pages and every link agree.
import { isPaged, itemYear, yearPagePath } from "../charts/timeline/pages.ts";
import { compileClaimsMatrix } from "../compile/claims-matrix.ts";
import { compileSources } from "../compile/sources.ts";
import { statementViews } from "../compile/statements.ts";
import { compileTimeline } from "../compile/timeline.ts";
import type { Evidence } from "../model.ts";
import { anchor, type PageLinks } from "./evidence-html.ts";
import { currentEvidence } from "./loader-entry.ts";

/** Up to `onePage` rows a page shows them all; beyond, `perPage` rows per numbered page. */
export const splitLimits = {
  sources: { onePage: 150, perPage: 50 },
  statements: { onePage: 200, perPage: 100 },
  claims: { onePage: 200, perPage: 100 },
} as const;

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

/** One layout per evidence object: every page loader of a build asks for the same ones. */
function cached(compute: (evidence: Evidence) => Split): (evidence: Evidence) => Split {
  const layouts = new WeakMap<Evidence, Split>();
  return (evidence) => {
    const held = layouts.get(evidence);
    if (held) return held;
    const split = compute(evidence);
    layouts.set(evidence, split);
    return split;
  };
}

/** Sources in the sources page's order, `perPage` to a page. */
export const sourcesSplit = cached((evidence) => {
  const ids = compileSources(evidence).entries.map((e) => e.source.id);
  const { onePage, perPage } = splitLimits.sources;
  return splitOf(chunk(ids, perPage), (n) => `/sources/${n}`, ids.length > onePage);
});

/** Statements by date, `perPage` to a page. */
export const statementsSplit = cached((evidence) => {
  const ids = statementViews(evidence).map((s) => s.id);
  const { onePage, perPage } = splitLimits.statements;
  return splitOf(chunk(ids, perPage), (n) => `/statements/${n}`, ids.length > onePage);
});

/**
 * Claims by topic: whole topics packed in order, up to `perPage` claims a page (a larger topic
 * gets a page of its own). `parts` holds topic ids; `pathOf` maps topic and claim ids alike.
 */
export const claimsSplit = cached((evidence) => {
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
    (n) => `/statements/topics-${n}`,
    evidence.claims.length > onePage,
  );
  if (split.split)
    parts.forEach((p, i) => {
      for (const id of p.claims) split.pathOf.set(id, split.paths[i] as string);
    });
  return split;
});

/** Events on the timeline's year pages, when its list is too long for one page. */
export const timelineSplit = cached((evidence) => {
  const timeline = compileTimeline(evidence);
  if (!isPaged(timeline)) return splitOf([], String, false);
  const years = new Map<string, string[]>();
  for (const item of timeline.items) {
    if (item.type !== "event") continue;
    const ids = years.get(itemYear(item));
    if (ids) ids.push(item.rowId);
    else years.set(itemYear(item), [item.rowId]);
  }
  return splitOf([...years.values()], (n) => yearPagePath([...years.keys()][n - 1] as string), true);
});

/**
 * Links that go straight to a row's numbered page when its page is split (the index on the main
 * page keeps an anchor per source and statement too, for pages that link there); events go to
 * their timeline year page when the timeline is split.
 */
export function routedLinks(to: PageLinks, evidence: Evidence): PageLinks {
  const sources = to.has("sources") ? sourcesSplit(evidence) : undefined;
  const statements = to.has("statements") ? statementsSplit(evidence) : undefined;
  const claims = to.has("statements") ? claimsSplit(evidence) : undefined;
  const events = to.has("timeline") ? timelineSplit(evidence) : undefined;
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
  };
}

/** The numbered pages this evidence needs, for the config's dynamicPaths; none when it cannot load. */
export function evidencePagePaths(): string[] {
  try {
    const evidence = currentEvidence();
    return [
      ...sourcesSplit(evidence).paths,
      ...statementsSplit(evidence).paths,
      ...claimsSplit(evidence).paths,
    ];
  } catch {
    return [];
  }
}
