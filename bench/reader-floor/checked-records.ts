// The record splitter of bench/reader-floor.ts's `columns-checked` mode: records.ts plus what
// loaders/csv.ts checks of the text itself, over character codes. Each record's line (quoted
// line breaks counted), its field count against the header's, quotes that do not close before
// the end or are followed by something other than `,` or a line end (papaparse's MissingQuotes
// and InvalidQuotes), blank rows and `#` comment rows, CR and CRLF line ends. A problem gives a
// line and column; its message is made only then.
import { closeSync, openSync, readSync } from "node:fs";
import { Utf8Stream } from "../../loaders/decode.ts";
import { isBlank as blank } from "../../loaders/events/records.ts";
import * as message from "../../loaders/messages.ts";

export interface Found {
  line: number;
  column: number;
  message: string;
}

/** What is done with each record of a checked file. */
export interface CheckedSink {
  piece(text: string): void;
  /** The header's fields, as record() gives them. */
  header(text: string, bounds: Int32Array, fields: number): void;
  /** A record with as many fields as the header; `quoted` as records.ts gives it. */
  record(text: string, bounds: Int32Array, quoted: number, line: number): void;
}

const bounds = new Int32Array(128);
const comma = 44;
const newline = 10;
const quote = 34;

export class CheckedRecords {
  readonly problems: Found[] = [];
  /** Records that are blank (warned about) or comments (left out on purpose). */
  skipped = 0;
  private width = -1;
  /** Line of the next record. */
  private line = 1;

  constructor(
    private readonly sink: CheckedSink,
    /** The header's names, for messages about a column. */
    private readonly names: readonly string[],
  ) {}

  /** Hands the complete records of `text` to the sink; returns where the first incomplete one starts. */
  records(text: string, last: boolean): number {
    const n = text.length;
    let pos = 0;
    let nextComma = -1;
    let nextNewline = -1;
    while (pos < n) {
      let f = 0;
      let quoted = 0;
      /** A stray quote's line and column (the first); reported once the record is complete. */
      let strayLine = 0;
      let strayColumn = 0;
      let lines = 1;
      let p = pos;
      for (let c = 0; c !== newline; p++) {
        if (text.charCodeAt(p) === quote) {
          const opened = this.line + lines - 1;
          let q = p + 1;
          for (;;) {
            q = text.indexOf('"', q);
            if (q < 0 || (q + 1 >= n && !last)) {
              if (!last) return pos;
              // Unclosed: the field runs to the end of the file.
              this.report(opened, f / 2 + 1, message.unclosedQuote(this.name(f), 0));
              return n;
            }
            const next = text.charCodeAt(q + 1);
            if (next === quote) quoted |= 1 << (f >> 1);
            else if (next === comma || next === newline || q + 1 >= n) break;
            else if (strayLine === 0) {
              strayLine = opened;
              strayColumn = f / 2 + 1;
            }
            q += next === quote ? 2 : 1;
          }
          if (nextNewline < p) nextNewline = text.indexOf("\n", p) >>> 0;
          while (nextNewline < q) {
            lines++;
            nextNewline = text.indexOf("\n", nextNewline + 1) >>> 0;
          }
          bounds[f++] = p + 1;
          bounds[f++] = q;
          p = q + 1;
        } else {
          if (nextComma < p) nextComma = text.indexOf(",", p) >>> 0;
          if (nextNewline < p) nextNewline = text.indexOf("\n", p) >>> 0;
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
        if (f >= bounds.length) throw new Error("more fields than the prototype holds");
      }
      pos = p;
      if (strayLine) this.report(strayLine, strayColumn, message.strayQuote(this.name(2 * strayColumn - 2)));
      this.take(text, f / 2, quoted, strayLine !== 0);
      this.line += lines;
    }
    return pos;
  }

  private take(text: string, fields: number, quoted: number, broken: boolean): void {
    if (this.width < 0) {
      this.width = fields;
      this.sink.header(text, bounds, fields);
      return;
    }
    const first = bounds[0] as number;
    const c = first < (bounds[1] as number) ? text.charCodeAt(first) : -1;
    // As csv.ts: a blank row is warned about, a row starting with # is a comment.
    if (c === 35 || (!(c > 32 && c < 127) && this.isBlank(text, fields))) {
      this.skipped++;
      return;
    }
    if (fields !== this.width) {
      if (broken) return;
      const found = fields > this.width ? message.tooManyFields : message.tooFewFields;
      this.report(this.line, Math.min(fields, this.width) + 1, found(fields, this.width));
      return;
    }
    this.sink.record(text, bounds, quoted, this.line);
  }

  private isBlank(text: string, fields: number): boolean {
    for (let i = 0; i < fields; i++)
      if (!blank(text, bounds[2 * i] as number, bounds[2 * i + 1] as number)) return false;
    return true;
  }

  private name(f: number): string {
    return this.width < 0 ? "header" : (this.names[f >> 1] ?? `column ${(f >> 1) + 1}`);
  }

  report(line: number, column: number, text: string): void {
    this.problems.push({ line, column, message: text });
  }

  /** Reads `path` (UTF-8) piece by piece, `bytes` at a time. */
  read(path: string, bytes: number): void {
    const decoder = new Utf8Stream();
    const chunk = new Uint8Array(bytes);
    const fd = openSync(path, "r");
    let pending = "";
    let cr = false;
    for (let n = readSync(fd, chunk); ; n = readSync(fd, chunk)) {
      const last = n === 0;
      let fresh = last ? decoder.end() : decoder.write(chunk.subarray(0, n));
      if (cr) fresh = `\r${fresh}`;
      cr = !last && fresh.endsWith("\r");
      if (cr) fresh = fresh.slice(0, -1);
      if (fresh.includes("\r")) fresh = fresh.replace(/\r\n?/g, "\n");
      const text = pending ? [pending, fresh].join("") : fresh;
      if (text) {
        this.sink.piece(text);
        pending = text.slice(this.records(text, last));
      }
      if (last) break;
    }
    closeSync(fd);
    if (decoder.invalid) this.report(1, 1, message.notUtf8("file", "", decoder.invalid.byte));
  }
}
