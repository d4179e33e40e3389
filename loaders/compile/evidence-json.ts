// Evidence as the site's data loader prints it: plain JSON, in a deterministic order so the
// same CSVs always build the same page (and diffs of the output mean something).
import type { Evidence, PartialDate } from "../model.ts";

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated rows first by date (ISO text: 2018 < 2018-08 < 2018-08-06), undated last, then by id. */
function byDate<T extends { id: string }>(date: (row: T) => PartialDate | undefined) {
  return (a: T, b: T): number => {
    const da = date(a)?.iso;
    const db = date(b)?.iso;
    if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : byText(da, db);
    return byText(a.id, b.id);
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return byText(a.id, b.id);
}

/**
 * Rows ordered by a text key (undefined last), then by id, as a stable sort with that
 * comparison would order them. Rows are grouped by key and each group sorted by id: keys
 * repeat (a million events fall on a few thousand dates), so this is a few times faster.
 */
function byKeyThenId<T extends { id: string }>(rows: readonly T[], key: (row: T) => string | undefined): T[] {
  const groups = new Map<string | undefined, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  // sort() puts undefined last without calling the comparison.
  const keys = [...groups.keys()].sort((a, b) => byText(a as string, b as string));
  const sorted = new Array<T>(rows.length);
  let at = 0;
  for (const k of keys) {
    const group = groups.get(k) as T[];
    groups.delete(k);
    if (group.length > 1) group.sort(byId);
    for (const row of group) sorted[at++] = row;
  }
  return sorted;
}

/** A sorted copy, safe to JSON.stringify: sources by date published, actors by id, events and statements by date, claims by topic, figures by subject, annotations by id, corrections by date. */
export function compileEvidence(e: Evidence): Evidence {
  return {
    sources: byKeyThenId(e.sources, (s) => s.published?.iso),
    actors: [...e.actors].sort(byId),
    events: byKeyThenId(e.events, (d) => d.date?.iso),
    statements: byKeyThenId(e.statements, (s) => s.date?.iso),
    claims: byKeyThenId(e.claims, (c) => c.topic),
    figures: [...e.figures].sort(
      (a, b) => byText(a.subject, b.subject) || byDate<typeof a>((f) => f.asOf)(a, b),
    ),
    annotations: [...e.annotations].sort(byId),
    corrections: byKeyThenId(e.corrections, (c) => c.date?.iso),
  };
}
