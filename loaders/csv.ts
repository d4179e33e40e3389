// CSV bytes to cells that know where they are. papaparse splits the text; positions are ours
// (papaparse counts records, not lines): a record starts one line after the previous one ended,
// and it ends as many lines later as its cells hold newlines.
import Papa from "papaparse";
import { decodeUtf8 } from "./decode.ts";
import * as message from "./messages.ts";
import { error, type Problem, warning } from "./problem.ts";

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

/** Spreadsheets and hand edits mix CRLF, LF and CR; papaparse guesses one, so we choose LF. */
export function normaliseLineEndings(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function countNewlines(value: string): number {
  let count = 0;
  for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1)) count++;
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** Line on which each record starts: a record spans 1 + (newlines inside its cells) lines. */
function recordLines(rows: readonly string[][], multiline: boolean): number[] {
  const lines = new Array<number>(rows.length);
  let line = 1;
  for (let i = 0; i < rows.length; i++) {
    lines[i] = line;
    line++;
    if (multiline) for (const cell of rows[i] as string[]) line += countNewlines(cell);
  }
  return lines;
}

/** The 1-based field of the record starting at `start` that contains text offset `target`. */
function fieldAt(text: string, start: number, target: number): number {
  let column = 1;
  let pos = start;
  while (pos < target) {
    if (text[pos] === '"') {
      let q = text.indexOf('"', pos + 1);
      while (q >= 0 && q < target && text[q + 1] === '"') q = text.indexOf('"', q + 2);
      if (q < 0 || q >= target) return column;
      pos = q + 1;
    }
    const comma = text.indexOf(",", pos);
    if (comma < 0 || comma >= target) return column;
    column++;
    pos = comma + 1;
  }
  return column;
}

/** Offset of the first character of each line (index 0 is line 1). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** One problem per record with broken quotes, at the line where the bad cell's quote opened. */
function quoteProblems(
  file: string,
  text: string,
  rows: readonly string[][],
  lines: readonly number[],
  errors: readonly Papa.ParseError[],
) {
  const problems: Problem[] = [];
  const broken = new Set<number>();
  const starts = errors.length ? lineStarts(text) : [];
  const quoteErrors = errors.filter((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
  const unclosed = new Set(quoteErrors.filter((e) => e.code === "MissingQuotes").map((e) => e.row ?? 0));
  for (const e of quoteErrors) {
    const r = e.row ?? 0;
    // One problem per record; an unclosed quote explains any stray one before it.
    if (broken.has(r) || (e.code === "InvalidQuotes" && unclosed.has(r))) continue;
    broken.add(r);
    const row = rows[r] ?? [];
    const openedAt = (e.index ?? 1) - 1;
    const line = lineOf(starts, openedAt);
    const column = fieldAt(text, starts[(lines[r] ?? 1) - 1] ?? 0, openedAt);
    const cellLines = countNewlines((row[column - 1] ?? "").replace(/\n$/, ""));
    const name = r === 0 ? "header" : (rows[0]?.[column - 1]?.trim() ?? `column ${column}`);
    problems.push(
      e.code === "MissingQuotes"
        ? error(file, line, column, message.unclosedQuote(name, cellLines))
        : error(file, line, column, message.strayQuote(name, cellLines ? line + cellLines : undefined)),
    );
  }
  return { problems, broken };
}

function blankRowProblems(file: string, blankLines: readonly number[]): Problem[] {
  const problems: Problem[] = [];
  for (let i = 0; i < blankLines.length; ) {
    let j = i + 1;
    while (j < blankLines.length && blankLines[j] === (blankLines[j - 1] as number) + 1) j++;
    problems.push(
      warning(file, blankLines[i] as number, 1, message.blankRows(j - i, blankLines[i] as number)),
    );
    i = j;
  }
  return problems;
}

/** Where the first byte that is not UTF-8 ended up: the n-th U+FFFD among the cells. */
function locateReplacement(rows: readonly string[][], lines: readonly number[], n: number) {
  let seen = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as string[];
    let line = lines[r] as number;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as string;
      for (let i = cell.indexOf("\uFFFD"); i >= 0; i = cell.indexOf("\uFFFD", i + 1)) {
        if (seen++ === n)
          return { row: r, line: line + countNewlines(cell.slice(0, i)), column: c + 1, value: cell };
      }
      line += countNewlines(cell);
    }
  }
  return undefined;
}

function notUtf8Problem(
  file: string,
  rows: readonly string[][],
  lines: readonly number[],
  byte: number,
  n: number,
) {
  const at = locateReplacement(rows, lines, n);
  if (!at) return error(file, 1, 1, message.notUtf8("file", "", byte));
  const name = at.row === 0 ? "header" : (rows[0]?.[at.column - 1]?.trim() ?? `column ${at.column}`);
  return error(file, at.line, at.column, message.notUtf8(name, at.value, byte));
}

function unreadable(file: string, problem: string): ParsedCsv {
  return { file, header: [], records: [], problems: [error(file, 1, 1, problem)] };
}

export function parseCsv(bytes: Uint8Array, file: string): ParsedCsv {
  const decoded = decodeUtf8(bytes);
  if (decoded.encoding === "utf-16") return unreadable(file, message.utf16());
  if (decoded.encoding === "zip") return unreadable(file, message.notCsv());
  const text = normaliseLineEndings(decoded.text);
  if (!/\S/.test(text)) return { file, header: [], records: [], problems: [] };

  const result = Papa.parse<string[]>(text, { header: false, delimiter: ",", newline: "\n", quoteChar: '"' });
  const rows = result.data;
  // A final line break ends the last record; it does not start an empty one.
  const last = rows.at(-1);
  if (text.endsWith("\n") && rows.length > 1 && last?.length === 1 && last[0] === "") rows.pop();
  const lines = recordLines(rows, text.includes('"'));
  const { problems, broken } = quoteProblems(file, text, rows, lines, result.errors);
  if (decoded.invalid) {
    problems.push(notUtf8Problem(file, rows, lines, decoded.invalid.byte, decoded.invalid.replacement));
  }

  const header = (rows[0] ?? []).map((value, i) => ({ value: value.trim(), column: i + 1 }));
  const records: CsvRecord[] = [];
  const blankLines: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as string[];
    const line = lines[i] as number;
    if (isBlank(cells)) {
      blankLines.push(line);
      continue;
    }
    // A row whose first cell starts with # is a comment (ids never do): data:init's examples.
    if (cells[0]?.startsWith("#")) continue;
    records.push({ line, cells });
    if (cells.length === header.length || broken.has(i)) continue;
    const column = Math.min(cells.length, header.length) + 1;
    const wrongCount = cells.length > header.length ? message.tooManyFields : message.tooFewFields;
    problems.push(error(file, line, column, wrongCount(cells.length, header.length)));
  }
  problems.push(...blankRowProblems(file, blankLines));
  return { file, header, records, problems };
}
