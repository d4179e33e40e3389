// A changed cell, short enough to read on one line: line breaks shown as ⏎, and a long value cut
// to the stretch around its first difference, with … where text was left out.

/** Values up to this many characters are shown whole. */
export const shortCell = 80;
/** Characters kept before the first difference of a long value. */
const lead = 24;

const flat = (value: string) => value.replace(/\r?\n/g, "⏎");

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function cut(value: string, start: number, max: number): string {
  const end = Math.min(value.length, start + max);
  return `${start > 0 ? "…" : ""}${value.slice(start, end)}${end < value.length ? "…" : ""}`;
}

/** The old and new value of a cell as one line each; long ones from just before they differ. */
export function cellExcerpts(before: string, after: string, max = shortCell): [string, string] {
  const [a, b] = [flat(before), flat(after)];
  if (a.length <= max && b.length <= max) return [a, b];
  const start = Math.max(0, commonPrefix(a, b) - lead);
  // Never start inside a surrogate pair (an emoji cut in half).
  const at = /[\uDC00-\uDFFF]/.test(a[start] ?? "") ? start - 1 : start;
  return [cut(a, at, max), cut(b, at, max)];
}
