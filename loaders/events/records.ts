// The records of a CSV file as bounds into pieces of its text, for the columnar reader of
// events (read.ts). It reads only what loaders/csv.ts reads the same way and without a problem:
// anything csv.ts would report or warn about (a quote not closed, a quote followed by other
// than `,` or a line end, a field count other than the header's, a blank row, bytes that are
// not UTF-8, UTF-16, an empty file) or that it reads in its own way (a second byte-order mark)
// declines the file, and the caller reads it again with csv.ts, for its messages. Line ends
// (LF, CRLF, CR) read as csv.ts reads them; `#` comment rows are left out as there.
import { closeSync, openSync, readSync } from "node:fs";
import { Utf8Stream } from "../decode.ts";
import { Declined } from "./declined.ts";

/** What is done with each record: `piece` is called with each new piece of text before its records. */
export interface RecordSink {
  piece(text: string): void;
  /** The first record; field i is text[bounds[2i], bounds[2i + 1]), inside its quotes if quoted. */
  header(text: string, bounds: Int32Array, fields: number): void;
  /**
   * A data record with the header's field count, starting on `line`; `quoted` has bit i set
   * when field i holds doubled quotes to undo.
   */
  record(text: string, bounds: Int32Array, quoted: number, line: number): void;
}

/** More fields than this (the bits of `quoted`) decline the file. */
export const fieldsAtMost = 30;
const comma = 44;
const newline = 10;
const quote = 34;
const hash = 35;

/** The white space String.prototype.trim removes. */
export function isSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 160 &&
        (c === 160 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

/** Whether text[start, end) is empty once trimmed as String.prototype.trim would. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** An indexOf result, or `none` (the text's length) when nothing was found: small integers only. */
function found(at: number, none: number): number {
  return at < 0 ? none : at;
}

export class Records {
  private readonly bounds = new Int32Array(2 * fieldsAtMost + 2);
  private width = -1;
  /** Line of the next record. */
  private line = 1;

  constructor(private readonly sink: RecordSink) {}

  /**
   * Hands the complete records of `text` from `from` to the sink; returns where the first
   * incomplete one starts.
   */
  records(text: string, last: boolean, from = 0): number {
    const n = text.length;
    const bounds = this.bounds;
    let pos = from;
    let nextComma = -1;
    let nextNewline = -1;
    while (pos < n) {
      let f = 0;
      let quoted = 0;
      let lines = 1;
      let p = pos;
      for (let c = 0; c !== newline; p++) {
        if (f === bounds.length - 2) throw new Declined("more fields than the reader holds");
        if (text.charCodeAt(p) === quote) {
          let q = p + 1;
          for (;;) {
            q = text.indexOf('"', q);
            if (q < 0) {
              if (!last) return pos;
              throw new Declined("a quote not closed");
            }
            if (q + 1 >= n) {
              if (!last) return pos;
              break;
            }
            const next = text.charCodeAt(q + 1);
            if (next === comma || next === newline) break;
            if (next !== quote) throw new Declined("a quote followed by other than , or a line end");
            quoted |= 1 << (f >> 1);
            q += 2;
          }
          if (nextNewline < p) nextNewline = found(text.indexOf("\n", p), n);
          while (nextNewline < q) {
            lines++;
            nextNewline = found(text.indexOf("\n", nextNewline + 1), n);
          }
          bounds[f++] = p + 1;
          bounds[f++] = q;
          p = q + 1;
        } else {
          if (nextComma < p) nextComma = found(text.indexOf(",", p), n);
          if (nextNewline < p) nextNewline = found(text.indexOf("\n", p), n);
          let end = Math.min(nextComma, nextNewline);
          if (end >= n) {
            if (!last) return pos;
            end = n;
          }
          bounds[f++] = p;
          bounds[f++] = end;
          p = end;
        }
        if (p >= n) break;
        c = text.charCodeAt(p);
      }
      pos = p;
      this.take(text, f >> 1, quoted);
      this.line += lines;
    }
    return pos;
  }

  private take(text: string, fields: number, quoted: number): void {
    const bounds = this.bounds;
    if (this.width < 0) {
      this.width = fields;
      this.sink.header(text, bounds, fields);
      return;
    }
    const first = bounds[0] as number;
    const c = first < (bounds[1] as number) ? text.charCodeAt(first) : -1;
    // As csv.ts: a row whose first cell starts with # is a comment, left out; a blank row is warned about.
    if (c === hash) return;
    if (!(c > 32 && c < 127) && this.blankRecord(text, fields)) throw new Declined("a blank row");
    if (fields !== this.width) throw new Declined("a field count other than the header's");
    this.sink.record(text, bounds, quoted, this.line);
  }

  private blankRecord(text: string, fields: number): boolean {
    for (let i = 0; i < fields; i++)
      if (!isBlank(text, this.bounds[2 * i] as number, this.bounds[2 * i + 1] as number)) return false;
    return true;
  }

  /**
   * The record a piece cut, read from `pending` (its start) and as little of `fresh` as
   * completes it, as a small piece of its own, so `fresh` is kept as it is, not copied after
   * it. Returns where in `fresh` the records after it start (the records in the small piece are
   * read too), or -1 when it runs past `fresh`.
   */
  private bridge(pending: string, fresh: string, last: boolean): number {
    for (let m = Math.min(fresh.length, 1 << 10); ; m = Math.min(fresh.length, 2 * m)) {
      const whole = m === fresh.length;
      const text = [pending, fresh.slice(0, m)].join("");
      this.sink.piece(text);
      const at = this.records(text, last && whole);
      if (at > 0) return at - pending.length;
      if (whole) return -1;
    }
  }

  /** Reads the file at `path` piece by piece, `bytes` at a time. */
  read(path: string, bytes: number): void {
    const decoder = new Utf8Stream();
    const chunk = new Uint8Array(bytes);
    const fd = openSync(path, "r");
    try {
      let pending = "";
      let cr = false;
      for (let n = readSync(fd, chunk); ; n = readSync(fd, chunk)) {
        const last = n === 0;
        let fresh = last ? decoder.end() : decoder.write(chunk.subarray(0, n));
        if (decoder.invalid || (decoder.encoding !== undefined && decoder.encoding !== "utf-8"))
          throw new Declined("not UTF-8");
        if (cr) fresh = `\r${fresh}`;
        cr = !last && fresh.endsWith("\r");
        if (cr) fresh = fresh.slice(0, -1);
        if (fresh.includes("\r")) fresh = fresh.replace(/\r\n?/g, "\n");
        if (!pending && this.width < 0 && fresh.charCodeAt(0) === 0xfeff)
          throw new Declined("a second byte-order mark");
        const from = pending ? this.bridge(pending, fresh, last) : 0;
        if (from < 0) pending = [pending, fresh].join("");
        else if (from < fresh.length) {
          this.sink.piece(fresh);
          pending = fresh.slice(this.records(fresh, last, from));
        } else pending = "";
        if (last) break;
      }
    } finally {
      closeSync(fd);
    }
    if (this.width < 0) throw new Declined("no header");
  }
}
