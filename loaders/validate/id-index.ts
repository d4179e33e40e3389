// The ids of one table and their numbers, for uniqueness and for references; also the texts
// of the dates a column has already read (rows.ts's cache). A Map would do, but a million ids
// cost it a second (every insert hashes a new string, and the table rehashes as it grows), and
// every reference in a `;` list would first be cut into its own string. Here a reference is
// hashed and compared where it stands in the cell, and nothing is allocated per lookup. Open
// addressing with linear probing over an Int32Array; FNV-1a over UTF-16 units.

import type { Ids } from "./ids.ts";

const empty = -1;
const firstSize = 1 << 10;

/** FNV-1a over the UTF-16 units of `text` from `start` to `end` (bench/reader-floor shares it). */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

export class IdIndex implements Ids {
  /** The ids in the order they were added; an id's number is its index here. */
  readonly keys: string[] = [];
  /** Id number -> hash (an Int32Array, so no hash is a heap number); as long as `slots`. */
  private hashes = new Int32Array(firstSize);
  /** Slot -> id number, or `empty`; kept under half full. */
  private slots = new Int32Array(firstSize).fill(empty);
  private mask = firstSize - 1;

  get size(): number {
    return this.keys.length;
  }

  key(n: number): string {
    return this.keys[n] as string;
  }

  all(): readonly string[] {
    return this.keys;
  }

  /** Adds `id` and returns -1, or returns the number of the equal id added before (no change). */
  add(id: string): number {
    const hash = hashRange(id, 0, id.length);
    const { slots, mask, hashes, keys } = this;
    let slot = hash & mask;
    for (let n = slots[slot] as number; n !== empty; n = slots[slot] as number) {
      if (hashes[n] === hash && keys[n] === id) return n;
      slot = (slot + 1) & mask;
    }
    slots[slot] = keys.length;
    hashes[keys.length] = hash;
    keys.push(id);
    if (keys.length * 2 > mask) this.grow();
    return empty;
  }

  /** The number of the id equal to `text.slice(start, end)`, or -1; nothing is cut or copied. */
  find(text: string, start = 0, end = text.length): number {
    const hash = hashRange(text, start, end);
    const { slots, mask, hashes, keys } = this;
    const length = end - start;
    let slot = hash & mask;
    for (let n = slots[slot] as number; n !== empty; n = slots[slot] as number) {
      if (hashes[n] === hash) {
        const key = keys[n] as string;
        if (key.length === length && text.startsWith(key, start)) return n;
      }
      slot = (slot + 1) & mask;
    }
    return empty;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size).fill(empty);
    const mask = size - 1;
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    for (let n = 0; n < this.keys.length; n++) {
      let slot = (hashes[n] as number) & mask;
      while (slots[slot] !== empty) slot = (slot + 1) & mask;
      slots[slot] = n;
    }
    this.slots = slots;
    this.hashes = hashes;
    this.mask = mask;
  }
}
