// Evidence as the site's data loader prints it: plain JSON, in a deterministic order so the
// same CSVs always build the same page (and diffs of the output mean something).

import { dateKey } from "../dates.ts";
import { idsAscend } from "../events/reordered.ts";
import type { EventTable, Evidence, PartialDate } from "../model.ts";

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated rows first by date (a dateKey: 2018 < 2018-08 < 2018-08-06), undated last, then by id. */
function byDate<T extends { id: string }>(key: (row: T) => string | undefined) {
  return (a: T, b: T): number => {
    const da = key(a);
    const db = key(b);
    if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : byText(da, db);
    return byText(a.id, b.id);
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return byText(a.id, b.id);
}

/** Rows as byKeyThenId reads them, by number: each one's key and id, and whether the ids ascend. */
interface KeyedRows {
  readonly length: number;
  key(i: number): string | undefined;
  id(i: number): string;
  inIdOrder(): boolean;
}

/**
 * Row numbers ordered by a text key (undefined last), then by id, as a stable sort with that
 * comparison would order them. Keys repeat (a million events fall on a few thousand dates), so
 * rows are counted into one bucket per key. When the rows are already in id order (files are
 * usually written so), the buckets keep that order and no id is compared again: in a CPU
 * profile at 1M events this took the sort from ~0.9 s to ~0.1 s. Otherwise each bucket is
 * sorted by id. Numbers, not rows, so a table kept as columns is ordered without an object.
 */
function byKeyThenId(rows: KeyedRows): Int32Array {
  const n = rows.length;
  const bucketOf = new Int32Array(n);
  const numbers = new Map<string | undefined, number>();
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = rows.key(i);
    let b = numbers.get(k);
    if (b === undefined) {
      b = counts.length;
      numbers.set(k, b);
      counts.push(0);
    }
    bucketOf[i] = b;
    counts[b] = (counts[b] as number) + 1;
  }
  // sort() puts undefined last without calling the comparison.
  const keys = [...numbers.keys()].sort((a, b) => byText(a as string, b as string));
  const starts = new Int32Array(counts.length);
  let at = 0;
  for (const k of keys) {
    const b = numbers.get(k) as number;
    starts[b] = at;
    at += counts[b] as number;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i] as number;
    order[starts[b] as number] = i;
    starts[b] = (starts[b] as number) + 1;
  }
  if (rows.inIdOrder()) return order;
  // Unsorted ids: each bucket (now ending where the next one starts) sorted by id, stably.
  for (let b = 0, from = 0; b < keys.length; b++) {
    const to = from + (counts[numbers.get(keys[b]) as number] as number);
    if (to - from > 1) {
      const part = Array.from(order.subarray(from, to)).sort((x, y) => byText(rows.id(x), rows.id(y)));
      order.set(part, from);
    }
    from = to;
  }
  return order;
}

/** An array's rows ordered by byKeyThenId. */
function arrayByKeyThenId<T extends { id: string }>(
  rows: readonly T[],
  key: (row: T) => string | undefined,
): T[] {
  const row = (i: number) => rows[i] as T;
  const id = (i: number) => row(i).id;
  const order = byKeyThenId({
    length: rows.length,
    key: (i) => key(row(i)),
    id,
    inIdOrder: () => idsAscend({ length: rows.length, id }),
  });
  return Array.from(order, row);
}

/** The events ordered by byKeyThenId on their dates, read from the table without making a row. */
function eventsByDateThenId(events: EventTable, key: (date: PartialDate) => string | undefined): EventTable {
  const order = byKeyThenId({
    length: events.length,
    key: (r) => key(events.date(r)),
    id: (r) => events.id(r),
    inIdOrder: () => events.inIdOrder(),
  });
  return events.reordered(order);
}

/** Dates a memo keeps; past that (a column of mostly distinct dates), keys are made anew. */
const memoAtMost = 100_000;

/**
 * dateKey, made once per date object: rows read from one column share a date's object (the
 * reader's cache), so a million events make a few thousand keys instead of a million strings,
 * and the same key string (its hash kept) is looked up in byKeyThenId's buckets.
 */
function memoDateKey(): (date: PartialDate | undefined) => string | undefined {
  const keys = new Map<PartialDate, string>();
  return (date) => {
    if (!date) return undefined;
    let key = keys.get(date);
    if (key === undefined) {
      key = dateKey(date);
      if (keys.size < memoAtMost) keys.set(date, key);
    }
    return key;
  };
}

/**
 * A sorted copy, safe to JSON.stringify: sources by date published, actors by id, events and
 * statements by date, claims by topic, figures by subject, annotations by id, corrections by date.
 * The events are the given table reordered (a view: no row is made until one is asked for).
 */
export function compileEvidence(e: Evidence): Evidence {
  const key = memoDateKey();
  const byAsOf = byDate<Evidence["figures"][number]>((f) => key(f.asOf));
  return {
    sources: arrayByKeyThenId(e.sources, (s) => key(s.published)),
    actors: [...e.actors].sort(byId),
    events: eventsByDateThenId(e.events, key),
    statements: arrayByKeyThenId(e.statements, (s) => key(s.date)),
    claims: arrayByKeyThenId(e.claims, (c) => c.topic),
    figures: [...e.figures].sort((a, b) => byText(a.subject, b.subject) || byAsOf(a, b)),
    annotations: [...e.annotations].sort(byId),
    corrections: arrayByKeyThenId(e.corrections, (c) => key(c.date)),
  };
}
