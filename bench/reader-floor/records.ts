// The record splitter of bench/reader-floor.ts: events.csv read in pieces of text (64 KB unless told), each
// record's fields found where they stand (no string per cell) and handed to a sink as bounds
// into the piece. Knows no column; checks nothing (no quoting errors, no field count).
import { closeSync, openSync, readSync } from "node:fs";
import { Utf8Stream } from "../../loaders/decode.ts";

/** What is done with each record: `piece` is called with each new piece of text before its records. */
export interface RecordSink {
  piece(text: string): void;
  /**
   * Field i of the record is text[bounds[2i], bounds[2i + 1]) (inside its quotes, if quoted);
   * `quoted` has bit i set when that field holds a doubled quote to undo.
   */
  record(text: string, bounds: Int32Array, quoted: number): void;
}

const bounds = new Int32Array(64);

/** Hands the complete records of `text` to `sink`; returns where the first incomplete one starts. */
function records(text: string, header: boolean, sink: RecordSink): number {
  const n = text.length;
  let pos = 0;
  let comma = -1;
  let newline = -1;
  for (let first = header; ; first = false) {
    let f = 0;
    let quoted = 0;
    let p = pos;
    for (let c = 0; c !== 10; p++) {
      if (text.charCodeAt(p) === 34) {
        let q = p + 1;
        for (;;) {
          q = text.indexOf('"', q);
          if (q < 0 || q + 1 >= n) return pos;
          if (text.charCodeAt(q + 1) !== 34) break;
          quoted |= 1 << (f >> 1);
          q += 2;
        }
        bounds[f++] = p + 1;
        bounds[f++] = q;
        p = q + 1;
      } else {
        if (comma < p) comma = text.indexOf(",", p) >>> 0;
        if (newline < p) newline = text.indexOf("\n", p) >>> 0;
        const end = Math.min(comma, newline);
        if (end >= n) return pos;
        bounds[f++] = p;
        bounds[f++] = end;
        p = end;
      }
      c = text.charCodeAt(p);
    }
    pos = p;
    if (!first) sink.record(text, bounds, quoted);
  }
}

/** Reads `path` (UTF-8, a header line, `\n` line ends) record by record into `sink`, `bytes` at a time. */
export function readRecords(path: string, sink: RecordSink, bytes: number): void {
  const decoder = new Utf8Stream();
  const chunk = new Uint8Array(bytes);
  const fd = openSync(path, "r");
  let pending = "";
  let header = true;
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
    const fresh = decoder.write(chunk.subarray(0, n));
    const text = pending ? [pending, fresh].join("") : fresh;
    sink.piece(text);
    const at = records(text, header, sink);
    if (at > 0) header = false;
    pending = text.slice(at);
  }
  closeSync(fd);
}
