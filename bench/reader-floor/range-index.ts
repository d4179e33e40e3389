// The ids of one table as ranges of the text they were read from, not strings: the same open
// addressing and FNV-1a hash as loaders/validate/id-index.ts, but a key is (piece, start,
// length) in Int32Arrays and the pieces of text are kept whole, so adding a million ids makes
// no string and no object. A page would cut an id out only when it shows it.
// With `inOrder`, ids that arrive each greater than the one before (a file written in id order)
// are unique by that alone and are not hashed until something looks one up or one arrives out
// of order: then every key so far is hashed at once, and the index works as without it.
import { hashRange } from "../../loaders/validate/id-index.ts";
import { grownInt32 } from "./grown.ts";

const empty = -1;
const firstSize = 1 << 10;

export class RangeIndex {
  /** The texts ids are read from; a key's piece is an index here. */
  readonly pieces: string[] = [];
  size = 0;
  private piece = new Int32Array(firstSize);
  private start = new Int32Array(firstSize);
  private length = new Int32Array(firstSize);
  private hashes = new Int32Array(firstSize);
  private slots = new Int32Array(firstSize).fill(empty);
  private mask = firstSize - 1;
  /** Whether `slots` and `hashes` hold every key (else the keys so far are in increasing order). */
  private hashed: boolean;

  constructor(inOrder = false) {
    this.hashed = !inOrder;
  }

  /** Keeps `text`: the ids added next are ranges of it. */
  addPiece(text: string): void {
    this.pieces.push(text);
  }

  /** text[start, end) compared with key `n` by UTF-16 units, as `<` compares strings: <0, 0 or >0. */
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
    if (!this.hashed) {
      if (this.size === 0 || this.compare(this.size - 1, text, start, end) > 0) {
        this.keep(start, end);
        return empty;
      }
      this.hashAll();
    }
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

  /** The number of the id equal to text[start, end), or -1; nothing is cut or copied. */
  find(text: string, start: number, end: number): number {
    if (!this.hashed) this.hashAll();
    return this.slots[this.probe(hashRange(text, start, end), text, start, end)] as number;
  }

  /** Whether every id is greater than the one added before it. */
  inOrder(): boolean {
    for (let n = 1; n < this.size; n++) {
      const start = this.start[n] as number;
      const piece = this.pieces[this.piece[n] as number] as string;
      if (this.compare(n - 1, piece, start, start + (this.length[n] as number)) <= 0) return false;
    }
    return true;
  }

  /** Id `n` as a string (made on demand). */
  key(n: number): string {
    const start = this.start[n] as number;
    return (this.pieces[this.piece[n] as number] as string).slice(start, start + (this.length[n] as number));
  }

  /** Records the range as key number `size` and returns that number. */
  private keep(start: number, end: number): number {
    const n = this.size++;
    if (n === this.piece.length) {
      const size = 2 * n;
      this.piece = grownInt32(this.piece, size);
      this.start = grownInt32(this.start, size);
      this.length = grownInt32(this.length, size);
      this.hashes = grownInt32(this.hashes, size);
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

  /** Hashes the keys kept in order so far; from now on every key is hashed as it is added. */
  private hashAll(): void {
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
