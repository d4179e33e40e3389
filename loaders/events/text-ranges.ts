// A column of free text (titles, summaries, notes, extra columns) as ranges of the piece of
// text each row was read from: nothing is made per cell while reading; a string is cut when a
// row is asked for.
import { grownInt32 } from "./grown.ts";

/** A start that marks an empty optional cell: it reads as undefined. */
const absent = -1;

export class TextRanges {
  private start = new Int32Array(0);
  /** The cell's end, or its complement (negative) when it holds doubled quotes to undo. */
  private end = new Int32Array(0);

  grow(capacity: number): void {
    this.start = grownInt32(this.start, capacity);
    this.end = grownInt32(this.end, capacity);
  }

  set(row: number, start: number, end: number, doubledQuotes: boolean): void {
    this.start[row] = start;
    this.end[row] = doubledQuotes ? ~end : end;
  }

  setAbsent(row: number): void {
    this.start[row] = absent;
  }

  /** Row r's cell in `piece` (the text row r was read from), or undefined when it was absent. */
  at(row: number, piece: string): string | undefined {
    const start = this.start[row] as number;
    if (start === absent) return undefined;
    const end = this.end[row] as number;
    return end < 0 ? piece.slice(start, ~end).replaceAll('""', '"') : piece.slice(start, end);
  }
}
