// The two ways bench/reader-floor.ts's columns keep free text (titles, summaries, notes) and
// ids: as strings cut from the piece of text (`columns-strings`: an object per cell, copied by
// scavenges like today's rows), or as ranges of the piece, which is kept whole
// (`columns-text`: nothing per cell; a page cuts the string when it shows it).

import { grownInt32 } from "../../loaders/events/grown.ts";
import { RangeIds as RangeIndex } from "../../loaders/events/range-ids.ts";
import { IdIndex } from "../../loaders/validate/id-index.ts";

/** Free text of one column: row r's cell is set once, in row order, after grow(more than r). */
export interface TextColumn {
  set(row: number, text: string, start: number, end: number, doubledQuotes: boolean): void;
  grow(capacity: number): void;
  /** Row r's cell; `pieces` are the texts the rows were read from, `piece` row r's. */
  at(row: number, pieces: readonly string[], piece: number): string;
}

/** The ids of a table: a row's id number is its row number. */
export interface IdColumn {
  /** Adds text[start, end) and returns -1, or the number of the equal id added before. */
  add(text: string, start: number, end: number): number;
  /** The number of the id equal to text[start, end), or -1. */
  find(text: string, start: number, end: number): number;
  key(n: number): string;
  /** Whether the ids were added in increasing order (so row order is id order). */
  inOrder(): boolean;
  /** Called with each piece of text before the ids read from it. */
  piece(text: string): void;
}

const undouble = (cell: string) => cell.replaceAll('""', '"');

export class StringColumn implements TextColumn {
  private values: string[] = [];

  set(_row: number, text: string, start: number, end: number, doubledQuotes: boolean): void {
    const cell = start === end ? "" : text.slice(start, end);
    this.values.push(doubledQuotes ? undouble(cell) : cell);
  }

  grow(): void {}

  at(row: number): string {
    return this.values[row] as string;
  }
}

export class RangeColumn implements TextColumn {
  private start = new Int32Array(0);
  /** The end of the cell, or its complement (negative) when it holds a doubled quote to undo. */
  private end = new Int32Array(0);

  set(row: number, _text: string, start: number, end: number, doubledQuotes: boolean): void {
    this.start[row] = start;
    this.end[row] = doubledQuotes ? ~end : end;
  }

  grow(capacity: number): void {
    this.start = grownInt32(this.start, capacity);
    this.end = grownInt32(this.end, capacity);
  }

  at(row: number, pieces: readonly string[], piece: number): string {
    const end = this.end[row] as number;
    const cell = (pieces[piece] as string).slice(this.start[row], end < 0 ? ~end : end);
    return end < 0 ? undouble(cell) : cell;
  }
}

/** Ids as strings in loaders/validate/id-index.ts's IdIndex, as the loaders keep them today. */
export class StringIds implements IdColumn {
  private index = new IdIndex();
  add(text: string, start: number, end: number): number {
    return this.index.add(text.slice(start, end));
  }
  find(text: string, start: number, end: number): number {
    return this.index.find(text, start, end);
  }
  key(n: number): string {
    return this.index.keys[n] as string;
  }
  inOrder(): boolean {
    const { keys } = this.index;
    for (let n = 1; n < keys.length; n++) if ((keys[n - 1] as string) >= (keys[n] as string)) return false;
    return true;
  }
  piece(): void {}
}

/** Ids as ranges of the kept pieces of text (loaders/events/range-ids.ts). */
export class RangeIds implements IdColumn {
  private readonly pieces: string[] = [];
  private index = new RangeIndex(this.pieces);
  /** `inOrder` false: every id hashed as it is added (`columns-text`), as if looked up from the start. */
  constructor(inOrder: boolean) {
    if (!inOrder) this.index.find("");
  }
  add(text: string, start: number, end: number): number {
    return this.index.add(text, start, end);
  }
  find(text: string, start: number, end: number): number {
    return this.index.find(text, start, end);
  }
  key(n: number): string {
    return this.index.key(n);
  }
  inOrder(): boolean {
    return this.index.inOrder();
  }
  piece(text: string): void {
    this.pieces.push(text);
  }
}
