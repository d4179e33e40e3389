// What validation asks of a table's ids: references look an id up where it stands in a cell,
// messages name one. Two kinds of table answer it: those read as rows (id-index.ts, a string
// per id) and events read as columns (events/range-ids.ts, ranges of the text they were read
// from), so a later table looks events' ids up without a string being made for each.

export interface Ids {
  /** How many ids; an id's number is below it. */
  readonly size: number;
  /** The number of the id equal to `text.slice(start, end)`, or -1; nothing is cut or copied. */
  find(text: string, start?: number, end?: number): number;
  /** Id number `n` as a string. */
  key(n: number): string;
  /** Every id, in number order ("did you mean" among a few; made on demand where not kept). */
  all(): readonly string[];
}
