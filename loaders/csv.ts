// CSV bytes to cells that know where they are, one record at a time. papaparse splits the text;
// positions are ours (papaparse counts records, not lines): a record starts one line after the
// previous one ended, and it ends as many lines later as its cells hold newlines.
//
//   bytes -> Utf8Stream (text) -> line endings to LF -> papaparse, a chunk at a time -> records
//
// A chunk is parsed up to its last complete record; the rest waits for the next chunk, so the
// records, problems and positions are those of parsing the whole file at once.
import Papa from "papaparse";
import {
  blankRowProblems,
  countNewlines,
  countReplacements,
  fieldAt,
  isBlank,
  lineOf,
  lineStarts,
  rowLines,
} from "./csv/positions.ts";
import { Utf8Stream } from "./decode.ts";
import * as message from "./messages.ts";
import { error, type Problem } from "./problem.ts";

export interface Cell {
  value: string;
  /** 1-based field index. */
  column: number;
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** Cell values as written (not trimmed); the cell at index i is column i + 1. */
  cells: string[];
}

export interface ParsedCsv {
  file: string;
  /** Header names, trimmed; empty for an empty file. The header is line 1. */
  header: Cell[];
  /** Data records; blank rows (only commas and spaces) are left out, with a warning, and
   *  comment rows (first cell starting with `#`) are left out on purpose. */
  records: CsvRecord[];
  problems: Problem[];
}

/** What a CsvReader calls as the file is read: the header first, then each record in order. */
export interface CsvHandler {
  header?(header: Cell[]): void;
  /** `cells` is the record's own array; keep it or let it go. */
  record(cells: string[], line: number): void;
}

/** Bytes handed to papaparse at a time by parseCsv; readers may use any size. */
export const chunkBytes = 1 << 15;

/** Spreadsheets and hand edits mix CRLF, LF and CR; papaparse guesses one, so we choose LF. */
export function normaliseLineEndings(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Rows parsed from one piece of text: `text` starts at line `first`, row `index` of the file. */
interface Batch {
  text: string;
  rows: string[][];
  errors: Papa.ParseError[];
  /** Row index in the file of rows[0] (0 is the header). */
  index: number;
  /** Line of rows[0]. */
  first: number;
  /** Line of each row, or undefined when row i is on line first + i. */
  lines: number[] | undefined;
}

function lineOfRow(batch: Batch, r: number): number {
  return batch.lines ? (batch.lines[r] as number) : batch.first + r;
}

/**
 * Parses one CSV file as its bytes arrive: `write` each chunk, then `end` for the header and
 * the problems. Records go to the handler as soon as they are complete, so a file of any size
 * is never held as rows.
 */
export class CsvReader {
  private readonly decoder = new Utf8Stream();
  private readonly parser = new Papa.Parser({ delimiter: ",", newline: "\n", quoteChar: '"' });
  /** Text not parsed yet: the start of a record the last chunk cut, then newer text. */
  private pending = "";
  private parts: string[] = [];
  private partsLength = 0;
  /** The last text ended in CR, which may be the first half of a CRLF. */
  private cr = false;
  /** Whether the text so far has anything but white space (an all-blank file is empty). */
  private started = false;
  /** Index of the next row in the file (0 is the header) and the line it starts on. */
  private row = 0;
  private line = 1;
  private headerRow: string[] | undefined;
  private header: Cell[] = [];
  private readonly quoteProblems: Problem[] = [];
  private readonly fieldProblems: Problem[] = [];
  private readonly blankLines: number[] = [];
  private notUtf8: Problem | undefined;
  /** 1 once a U+FEFF starting the text was dropped: later quote offsets are read one short. */
  private shift = 0;
  /** U+FFFD characters in the rows parsed so far, until the invalid byte's one is found. */
  private replacementsParsed = 0;

  constructor(
    readonly file: string,
    private readonly handler: CsvHandler,
  ) {}

  write(bytes: Uint8Array): void {
    this.text(this.decoder.write(bytes), false);
  }

  /** Parses what is left; the result has no records (the handler had them). */
  end(): ParsedCsv {
    this.text(this.decoder.end(), true);
    const { file, header } = this;
    const encoding = this.decoder.encoding;
    if (encoding === "utf-16") return unreadable(file, message.utf16());
    if (encoding === "zip") return unreadable(file, message.notCsv());
    if (!this.started) return { file, header: [], records: [], problems: [] };
    const invalid = this.decoder.invalid;
    if (invalid && !this.notUtf8) this.notUtf8 = error(file, 1, 1, message.notUtf8("file", "", invalid.byte));
    const problems = [...this.quoteProblems];
    if (this.notUtf8) problems.push(this.notUtf8);
    problems.push(...this.fieldProblems, ...blankRowProblems(file, this.blankLines));
    return { file, header, records: [], problems };
  }

  private text(chunk: string, last: boolean): void {
    let text = this.cr ? `\r${chunk}` : chunk;
    this.cr = !last && text.endsWith("\r");
    if (this.cr) text = text.slice(0, -1);
    text = normaliseLineEndings(text);
    if (!this.started) this.started = /\S/.test(text);
    if (text) {
      this.parts.push(text);
      this.partsLength += text.length;
    }
    // Re-reading the cut record costs no more than the new text: a long record is read in
    // ever larger pieces, not once per chunk.
    if (this.started && (last || this.partsLength >= this.pending.length)) this.parse(last);
  }

  private parse(last: boolean): void {
    const text = this.pending + (this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join(""));
    this.parts = [];
    this.partsLength = 0;
    // Papa.parse drops a U+FEFF that starts the text (a second byte-order mark); so do we. Its
    // error offsets then count from after it, and the quote problems read them as they always
    // have: against the text with it.
    const bom = this.row === 0 && text.charCodeAt(0) === 0xfeff;
    const input = bom ? text.slice(1) : text;
    const result = this.parser.parse(input, 0, !last);
    const rows = result.data as string[][];
    let errors = result.errors as Papa.ParseError[];
    let end: number;
    if (last) {
      end = input.length;
      this.pending = "";
      // A final line break ends the last record; it does not start an empty one.
      const final = rows.at(-1);
      if (input.endsWith("\n") && this.row + rows.length > 1 && final?.length === 1 && final[0] === "")
        rows.pop();
    } else {
      end = result.meta.cursor as number;
      // Kept with its U+FEFF while no row is complete, so it is dropped again with the rest.
      this.pending = end === 0 ? text : input.slice(end);
      // Errors in the cut record are found again when it is parsed whole.
      errors = errors.filter((e) => (e.row ?? 0) < rows.length);
    }
    if (rows.length === 0) return;
    const batch: Batch = { text, rows, errors, index: this.row, first: this.line, lines: undefined };
    this.shift = bom ? 1 : this.shift;
    // Only quoted cells hold newlines; when every newline ends a row, row i is on line first + i.
    const newlines = countNewlines(input, end);
    if (input.lastIndexOf('"', end - 1) >= 0 && (last || newlines !== rows.length))
      batch.lines = rowLines(rows, this.line);
    this.line += newlines;
    this.row += rows.length;
    if (this.headerRow === undefined) this.headerRow = rows[0];
    const broken = errors.length ? this.quotes(batch) : undefined;
    if (!this.notUtf8) this.findNotUtf8(batch, input, end);
    this.records(batch, broken);
  }

  private columnName(batch: Batch, r: number, column: number): string {
    if (batch.index + r === 0) return "header";
    return this.headerRow?.[column - 1]?.trim() ?? `column ${column}`;
  }

  /** One problem per record with broken quotes, at the line where the bad cell's quote opened. */
  private quotes(batch: Batch): Set<number> {
    const { text, rows, errors, first } = batch;
    const file = this.file;
    const broken = new Set<number>();
    const starts = lineStarts(text);
    const quoteErrors = errors.filter((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
    const unclosed = new Set(quoteErrors.filter((e) => e.code === "MissingQuotes").map((e) => e.row ?? 0));
    for (const e of quoteErrors) {
      const r = e.row ?? 0;
      // One problem per record; an unclosed quote explains any stray one before it.
      if (broken.has(r) || (e.code === "InvalidQuotes" && unclosed.has(r))) continue;
      broken.add(r);
      const row = rows[r] ?? [];
      // In the first batch the offset is already one short of `text` when a U+FEFF was dropped.
      const openedAt = (e.index ?? 1) - 1 - (batch.index > 0 ? this.shift : 0);
      // One short of the batch's start is the line break that ended the batch before it.
      const line = openedAt < 0 ? first - 1 : first - 1 + lineOf(starts, openedAt);
      const column = fieldAt(text, starts[lineOfRow(batch, r) - first] ?? 0, openedAt);
      const cellLines = countNewlines((row[column - 1] ?? "").replace(/\n$/, ""));
      const name = this.columnName(batch, r, column);
      this.quoteProblems.push(
        e.code === "MissingQuotes"
          ? error(file, line, column, message.unclosedQuote(name, cellLines))
          : error(file, line, column, message.strayQuote(name, cellLines ? line + cellLines : undefined)),
      );
    }
    return broken;
  }

  /** Where the first byte that is not UTF-8 ended up: the n-th U+FFFD among the cells. */
  private findNotUtf8(batch: Batch, input: string, end: number): void {
    const here = countReplacements(input, end);
    const invalid = this.decoder.invalid;
    const n = invalid ? invalid.replacement - this.replacementsParsed : -1;
    this.replacementsParsed += here;
    if (!invalid || n >= here) return;
    let seen = 0;
    for (let r = 0; r < batch.rows.length; r++) {
      const row = batch.rows[r] as string[];
      let line = lineOfRow(batch, r);
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] as string;
        for (let i = cell.indexOf("\uFFFD"); i >= 0; i = cell.indexOf("\uFFFD", i + 1)) {
          if (seen++ !== n) continue;
          const at = line + countNewlines(cell, i);
          this.notUtf8 = error(
            this.file,
            at,
            c + 1,
            message.notUtf8(this.columnName(batch, r, c + 1), cell, invalid.byte),
          );
          return;
        }
        line += countNewlines(cell);
      }
    }
  }

  private records(batch: Batch, broken: Set<number> | undefined): void {
    const { rows, index } = batch;
    let r = 0;
    if (index === 0) {
      this.header = (rows[0] as string[]).map((value, i) => ({ value: value.trim(), column: i + 1 }));
      this.handler.header?.(this.header);
      r = 1;
    }
    const width = this.header.length;
    for (; r < rows.length; r++) {
      const cells = rows[r] as string[];
      const line = lineOfRow(batch, r);
      if (isBlank(cells)) {
        this.blankLines.push(line);
        continue;
      }
      // A row whose first cell starts with # is a comment (ids never do): data:init's examples.
      if (cells[0]?.startsWith("#")) continue;
      if (cells.length !== width && !broken?.has(r)) {
        const column = Math.min(cells.length, width) + 1;
        const wrongCount = cells.length > width ? message.tooManyFields : message.tooFewFields;
        this.fieldProblems.push(error(this.file, line, column, wrongCount(cells.length, width)));
      }
      this.handler.record(cells, line);
    }
  }
}

function unreadable(file: string, problem: string): ParsedCsv {
  return { file, header: [], records: [], problems: [error(file, 1, 1, problem)] };
}

/** Parses a whole file held in memory, `chunk` bytes at a time (the records are kept). */
export function parseCsv(bytes: Uint8Array, file: string, chunk = chunkBytes): ParsedCsv {
  const records: CsvRecord[] = [];
  const reader = new CsvReader(file, { record: (cells, line) => records.push({ line, cells }) });
  for (let at = 0; at < bytes.length; at += chunk) reader.write(bytes.subarray(at, at + chunk));
  return { ...reader.end(), records };
}
