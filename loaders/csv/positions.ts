// Where a CSV record and its cells are: lines and fields counted from the text, because
// papaparse counts records, not lines. Pure functions over strings.
import * as message from "../messages.ts";
import { type Problem, warning } from "../problem.ts";

export function countNewlines(value: string, end = value.length): number {
  let count = 0;
  for (let i = value.indexOf("\n"); i >= 0 && i < end; i = value.indexOf("\n", i + 1)) count++;
  return count;
}

export function countReplacements(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0 && i < end; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}

export function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** Line on which each row starts: a row spans 1 + (newlines inside its cells) lines. */
export function rowLines(rows: readonly string[][], first: number): number[] {
  const lines = new Array<number>(rows.length);
  let line = first;
  for (let i = 0; i < rows.length; i++) {
    lines[i] = line;
    line++;
    for (const cell of rows[i] as string[]) line += countNewlines(cell);
  }
  return lines;
}

/** The 1-based field of the record starting at `start` that contains text offset `target`. */
export function fieldAt(text: string, start: number, target: number): number {
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

/** Offset of the first character of each line (index 0 is the text's first line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function blankRowProblems(file: string, blankLines: readonly number[]): Problem[] {
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
