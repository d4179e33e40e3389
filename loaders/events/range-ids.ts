// The ids of events read as columns: ranges of the pieces of text they were read from (kept
// whole by the table), not strings, so adding a million ids makes no string and no object.
// While each id arrives greater than the one before (a file written in id order) they are
// unique by that alone and nothing is hashed. The first look-up, or the first id out of order,
// hashes every id so far (FNV-1a, open addressing, as validate/id-index.ts), and from then on
// each id is hashed as it is added. (Binary search over the ranges was tried for look-ups: at
// a million events the 250k look-ups of the later tables cost 1.5 s of cache misses, the hashing
// ~0.2 s.)
import { hashRange } from "../validate/id-index.ts";
import type { Ids } from "../validate/ids.ts";
import { grownInt32 } from "./grown.ts";

const empty = -1;
const firstSize = 1 << 10;

export class RangeIds implements Ids {
  size = 0;
  private piece = new Int32Array(firstSize);
  private start = new Int32Array(firstSize);
  private length = new Int32Array(firstSize);
  /** Whether every id so far is greater than the one before. */
  private ordered = true;
  /** Whether `slots` and `hashes` hold every id. */
  private hashed = false;
  private hashes = new Int32Array(0);
  private slots = new Int32Array(0);
  private mask = 0;

  /** `pieces`: the texts ids are read from, added to by the reader; an id added is a range of the last. */
  constructor(private readonly pieces: readonly string[]) {}

  /** text[start, end) compared with id `n` by UTF-16 units, as `<` compares strings: <0, 0 or >0. */
  private compare(n: number, text: string, start: number, end: number): number {
    const key = this.pieces[this.piece[n] as number] as string;
    const from = (this.start[n] as number) - start;
    const length = this.length[n] as number;
    const common = Math.min(length, end - start);
    for (let i = start; i < start + common; i++) {
      const d = text.charCodeAt(i) - key.charCodeAt(i + from);
      if (d !== 0) return d;
    }
    return end - start - length;
  }

  /** Adds text[start, end) of the last piece and returns -1, or the number of the equal id added before. */
  add(text: string, start: number, end: number): number {
    if (this.ordered) {
      if (this.size === 0 || this.compare(this.size - 1, text, start, end) > 0) {
        if (!this.hashed) {
          this.keep(start, end);
          return empty;
        }
      } else this.ordered = false;
    }
    if (!this.hashed) this.hashAll();
    const hash = hashRange(text, start, end);
    const slot = this.probe(hash, text, start, end);
    const found = this.slots[slot] as number;
    if (found !== empty) return found;
    const n = this.keep(start, end);
    this.slots[slot] = n;
    this.hashes[n] = hash;
    if (this.size * 2 > this.mask) this.rehash((this.mask + 1) * 2);
    return empty;
  }

  find(text: string, start = 0, end = text.length): number {
    if (!this.hashed) this.hashAll();
    return this.slots[this.probe(hashRange(text, start, end), text, start, end)] as number;
  }

  /** Whether the ids were added in increasing order (row order is id order). */
  inOrder(): boolean {
    return this.ordered;
  }

  key(n: number): string {
    const start = this.start[n] as number;
    return (this.pieces[this.piece[n] as number] as string).slice(start, start + (this.length[n] as number));
  }

  all(): readonly string[] {
    return Array.from({ length: this.size }, (_, n) => this.key(n));
  }

  /** Records the range as id number `size` and returns that number. */
  private keep(start: number, end: number): number {
    const n = this.size++;
    if (n === this.piece.length) {
      const size = 2 * n;
      this.piece = grownInt32(this.piece, size);
      this.start = grownInt32(this.start, size);
      this.length = grownInt32(this.length, size);
      if (this.hashed) this.hashes = grownInt32(this.hashes, size);
    }
    this.piece[n] = this.pieces.length - 1;
    this.start[n] = start;
    this.length[n] = end - start;
    return n;
  }

  /** The slot holding the id equal to text[start, end) (hash `hash`), or the empty slot where it would go. */
  private probe(hash: number, text: string, start: number, end: number): number {
    const { slots, mask, hashes } = this;
    let slot = hash & mask;
    for (let n = slots[slot] as number; n !== empty; n = slots[slot] as number) {
      if (hashes[n] === hash && this.compare(n, text, start, end) === 0) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Hashes the ids kept so far; from now on every id is hashed as it is added. */
  private hashAll(): void {
    this.hashes = new Int32Array(this.piece.length);
    for (let n = 0; n < this.size; n++) {
      const start = this.start[n] as number;
      const piece = this.pieces[this.piece[n] as number] as string;
      this.hashes[n] = hashRange(piece, start, start + (this.length[n] as number));
    }
    this.hashed = true;
    let size = firstSize;
    while (this.size * 2 > size - 1) size *= 2;
    this.rehash(size);
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size).fill(empty);
    const mask = size - 1;
    for (let n = 0; n < this.size; n++) {
      let slot = (this.hashes[n] as number) & mask;
      while (slots[slot] !== empty) slot = (slot + 1) & mask;
      slots[slot] = n;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
