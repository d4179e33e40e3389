// Sources and what cites them. Every event, statement, claim, figure, annotation and correction
// names its sources; this turns those references round, so each source lists the rows that rest
// on it, and a source nothing cites shows as such (data:check warns about it too).

import { dateKey } from "../dates.ts";
import type { Evidence, PartialDate, Source } from "../model.ts";

/** What a page needs to cite a source: enough to name it and to link to it. */
export interface SourceRef {
  id: string;
  outlet: string;
  /** Absent when none was recorded (loaders/format/source-name.ts names it then). */
  title?: string;
  url?: string;
  archiveUrl?: string;
  published?: PartialDate;
  accessed?: PartialDate;
}

export type CitingTable = "events" | "statements" | "claims" | "figures" | "annotations" | "corrections";

/** A row that cites a source, with the words a backlink shows. */
export interface Citation {
  table: CitingTable;
  id: string;
  label: string;
}

export interface SourceEntry {
  source: Source;
  citedBy: Record<CitingTable, Citation[]>;
  /** Number of rows citing it; 0 means nothing cites it. */
  citations: number;
}

export interface SourcesDigest {
  /** Every source, by outlet, then date published (undated last), then id. */
  entries: SourceEntry[];
  /** Ids of the sources nothing cites, in the same order. */
  uncited: string[];
}

export const citingTables: readonly CitingTable[] = [
  "events",
  "statements",
  "claims",
  "figures",
  "annotations",
  "corrections",
];

export function sourceRef(source: Source): SourceRef {
  const ref: SourceRef = { id: source.id, outlet: source.outlet };
  if (source.title) ref.title = source.title;
  if (source.url) ref.url = source.url;
  if (source.archiveUrl) ref.archiveUrl = source.archiveUrl;
  if (source.published) ref.published = source.published;
  if (source.accessed) ref.accessed = source.accessed;
  return ref;
}

/** A lookup from id to SourceRef; an id with no source row (invalid evidence) keeps its id as outlet. */
export function sourceRefs(evidence: Pick<Evidence, "sources">): (ids: readonly string[]) => SourceRef[] {
  const byId = new Map(evidence.sources.map((s) => [s.id, sourceRef(s)]));
  return (ids) => ids.map((id) => byId.get(id) ?? { id, outlet: id });
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
}

function compareSources(a: Source, b: Source): number {
  const byOutlet = compareText(a.outlet, b.outlet);
  if (byOutlet) return byOutlet;
  const da = a.published && dateKey(a.published);
  const db = b.published && dateKey(b.published);
  if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every row of the citing tables, as the citation a source's backlink shows (data:check counts the same rows). */
function citations(evidence: Evidence): { citation: Citation; sources: readonly string[] }[] {
  return [
    ...evidence.events.rows().map((e) => ({
      citation: { table: "events" as const, id: e.id, label: e.title },
      sources: e.sources,
    })),
    ...evidence.statements.map((s) => ({
      citation: { table: "statements" as const, id: s.id, label: s.text },
      sources: s.sources,
    })),
    ...evidence.claims.map((c) => ({
      citation: { table: "claims" as const, id: c.id, label: c.summary },
      sources: c.sources,
    })),
    ...evidence.figures.map((f) => ({
      citation: { table: "figures" as const, id: f.id, label: f.subject },
      sources: f.sources,
    })),
    ...evidence.annotations.map((a) => ({
      citation: { table: "annotations" as const, id: a.id, label: a.label },
      sources: a.sources,
    })),
    ...evidence.corrections.map((c) => ({
      citation: { table: "corrections" as const, id: c.id, label: c.text },
      sources: c.sources,
    })),
  ];
}

/** Backlinks for every source: which events, statements, claims and figures cite it. */
export function compileSources(evidence: Evidence): SourcesDigest {
  const entries = new Map<string, SourceEntry>();
  for (const source of [...evidence.sources].sort(compareSources)) {
    entries.set(source.id, {
      source,
      citedBy: { events: [], statements: [], claims: [], figures: [], annotations: [], corrections: [] },
      citations: 0,
    });
  }
  for (const { citation, sources } of citations(evidence)) {
    // A row citing one source twice is one backlink.
    for (const id of new Set(sources)) {
      const entry = entries.get(id);
      if (!entry) continue;
      entry.citedBy[citation.table].push(citation);
      entry.citations++;
    }
  }
  const list = [...entries.values()];
  return { entries: list, uncited: list.filter((e) => e.citations === 0).map((e) => e.source.id) };
}
