// compileEvidence's order of events (by dateKey, undated last, then by id) for rows kept as
// columns: the date column holds small integers (columns.ts), so each distinct value's key is
// made once, and the rows are counted into one bucket per value. No row is moved: the result is
// a permutation of row numbers, which a JSON writer would walk.
import { dateKey, isPartialDate, parseDate } from "../../loaders/dates.ts";

/** The date column's value `value` as text (undefined for no date). */
export type DateText = (value: number) => string | undefined;

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Row numbers 0..size-1 ordered by their date's dateKey, undated last, then by id. `idsInOrder`
 * says whether row numbers are already in id order; otherwise each bucket is sorted by `id`.
 */
export function orderByDate(
  dates: Int32Array,
  size: number,
  text: DateText,
  idsInOrder: boolean,
  id: (row: number) => string,
): Int32Array {
  const bucketOf = new Map<number, number>();
  const counts: number[] = [];
  const values: number[] = [];
  const rowBucket = new Int32Array(size);
  for (let r = 0; r < size; r++) {
    const value = dates[r] as number;
    let b = bucketOf.get(value);
    if (b === undefined) {
      b = counts.length;
      bucketOf.set(value, b);
      counts.push(0);
      values.push(value);
    }
    rowBucket[r] = b;
    counts[b] = (counts[b] as number) + 1;
  }
  const keys = values.map((value) => {
    const iso = text(value);
    const date = iso === undefined ? undefined : parseDate(iso);
    return date && isPartialDate(date) ? dateKey(date) : undefined;
  });
  const buckets = [...keys.keys()].sort((a, b) =>
    keys[a] === keys[b]
      ? 0
      : keys[a] === undefined
        ? 1
        : keys[b] === undefined
          ? -1
          : byText(keys[a], keys[b]),
  );
  const starts = new Int32Array(counts.length);
  for (let i = 0, at = 0; i < buckets.length; i++) {
    const b = buckets[i] as number;
    starts[b] = at;
    at += counts[b] as number;
  }
  const order = new Int32Array(size);
  const next = starts.slice();
  for (let r = 0; r < size; r++) {
    const b = rowBucket[r] as number;
    order[next[b] as number] = r;
    next[b] = (next[b] as number) + 1;
  }
  if (!idsInOrder)
    for (const b of buckets) {
      const part = Array.from(order.subarray(starts[b], next[b]));
      part.sort((x, y) => byText(id(x), id(y)));
      order.set(part, starts[b]);
    }
  return order;
}
