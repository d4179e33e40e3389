// Every problem text, in one place. Each builder returns the message that follows
// `file:line:column`; tests assert against the same builders, so wording changes here only.
// Pattern: the column, the bad value quoted, what is wrong; then what would be valid.

/** The date forms every date column accepts, as a bad date's message lists them. */
export const dateFormats =
  "use YYYY, YYYY-MM or YYYY-MM-DD, or an EDTF form for an uncertain date: 2018-08~ (about), 2018-08? (uncertain), 2018-08% (both), 201X (a decade), 2017-08/2018-08 (some time between), ../2018-08-06 (before), 2018-08-06/.. (after)";
const saveAsUtf8 = 'save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8)';

/** A value as it appears in a message: JSON-quoted (so newlines show as \n), long ones cut. */
export function quote(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function list(values: readonly string[]): string {
  return values.map((v) => quote(v)).join(", ");
}

/** "a, b or c"; `last` joins the last two. */
function joined(items: readonly string[], last: "and" | "or"): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}` : (items[0] ?? "");
}

function didYouMean(suggestion: string | undefined, otherwise = ""): string {
  return suggestion === undefined ? otherwise : `; did you mean ${quote(suggestion)}?`;
}

// Files and encodings

export function missingFolder(): string {
  return "folder does not exist; create it with one CSV per table, or point DATA_DIR at the evidence folder";
}

export function missingFile(header: string): string {
  return `file is missing; create it with this header row: ${header}`;
}

export function emptyFile(header: string): string {
  return `file is empty; it needs at least a header row: ${header}`;
}

export function unreadableFile(reason: string): string {
  return `file could not be read (${reason}); check that it is a CSV file you may read`;
}

export function notCsv(): string {
  return `file is a spreadsheet workbook, not CSV; ${saveAsUtf8}`;
}

export function utf16(): string {
  return `file is UTF-16, not UTF-8; ${saveAsUtf8}`;
}

export function notUtf8(column: string, value: string, byte: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, "0");
  return `${column} ${quote(value)} has a byte that is not UTF-8 (0x${hex}); ${saveAsUtf8}`;
}

// CSV structure

export function unclosedQuote(column: string, linesAfter: number): string {
  const rest = linesAfter > 0 ? ` (${plural(linesAfter, "more line")})` : "";
  return `${column} opens a quote that is never closed, so the rest of the file${rest} was read into this cell; close the quote, and write "" for each " inside the text`;
}

export function strayQuote(column: string, runsToLine?: number): string {
  const runs = runsToLine === undefined ? "" : ` (the cell runs on to line ${runsToLine})`;
  return `${column} has a quote inside a quoted cell that is not doubled${runs}; write "" for each " inside the text`;
}

export function tooManyFields(found: number, expected: number): string {
  return `row has ${plural(found, "field")} but the header has ${expected}; put quotes around cells that contain commas ("like, this")`;
}

export function tooFewFields(found: number, expected: number): string {
  return `row has ${plural(found, "field")} but the header has ${expected}; add the missing cells (empty ones are fine: ,,)`;
}

export function blankRows(count: number, firstLine: number): string {
  return count === 1
    ? "blank row ignored"
    : `${count} blank rows ignored (lines ${firstLine}-${firstLine + count - 1})`;
}

// Header

export interface MissingColumnsHints {
  semicolons?: boolean;
  /** A header cell that is probably a typo for a missing column: [found, meant]. */
  typos?: readonly (readonly [string, string])[];
}

export function missingColumns(
  missing: readonly string[],
  header: string,
  hints: MissingColumnsHints = {},
): string {
  const what = missing.length === 1 ? "column" : "columns";
  const guesses = (hints.typos ?? []).map(
    ([found, meant]) => `is ${quote(found)} meant to be ${quote(meant)}?`,
  );
  if (hints.semicolons) guesses.push("is the file separated by semicolons? save it as comma-separated");
  const hint = guesses.length ? ` (${guesses.join("; ")})` : "";
  return `header is missing required ${what} ${list(missing)}${hint}; the header row should be: ${header}`;
}

export function duplicateHeader(name: string, firstColumn: number): string {
  return `header ${quote(name)} repeats column ${firstColumn}; rename or remove one of them`;
}

export function unnamedColumn(): string {
  return "header has an empty name here, so the column's cells are ignored; name the column or delete it";
}

// Cells

export function requiredEmpty(column: string, singular: string): string {
  return `${column} is empty; every ${singular} needs ${column === "id" ? "an" : "a"} ${column}`;
}

export function notASlug(column: string, value: string, suggestion?: string): string {
  const example = suggestion ? `, e.g. ${quote(suggestion)}` : "";
  return `${column} ${quote(value)} is not a slug; use lowercase letters, digits and single hyphens${example}`;
}

export function duplicateId(value: string, firstLine: number): string {
  return `id ${quote(value)} is already used on line ${firstLine}; give each row its own id`;
}

export function idInAnotherTable(
  value: string,
  file: string,
  line: number,
  files: readonly string[],
): string {
  return `id ${quote(value)} is already used in ${file} on line ${line}; rename one of them: a target may name a row of ${joined(files, "or")}, so ids must be unique across those tables`;
}

export function emptyListItem(column: string, value: string): string {
  return `${column} ${quote(value)} has an empty item; separate items with single semicolons, e.g. "a;b"`;
}

export function unknownReference(column: string, value: string, file: string, suggestion?: string): string {
  return `${column} ${quote(value)} is not an id in ${file}${didYouMean(suggestion, `; add it to ${file} or fix the id`)}`;
}

export function unknownTarget(
  column: string,
  value: string,
  files: readonly string[],
  suggestion?: string,
  required = false,
): string {
  const where = joined(files, "or");
  const fix = `; use the id of the row it names${required ? "" : ", or leave it empty for a span of time"}`;
  return `${column} ${quote(value)} is not an id in ${where}${didYouMean(suggestion, fix)}`;
}

/** `rows`: each row that has the id, as file:line. */
export function ambiguousTarget(column: string, value: string, rows: readonly string[]): string {
  return `${column} ${quote(value)} is the id of more than one row (${joined(rows, "and")}), so it could name ${rows.length === 2 ? "either" : "any of them"}; give each of those rows its own id (ids must be unique across the tables a ${column} may name)`;
}

export function requiredWithout(column: string, other: string, singular: string): string {
  const a = /^[aeiou]/.test(singular) ? "an" : "a";
  return `${column} is empty; ${a} ${singular} without a ${other} names a span of time and needs its ${column}`;
}

export function tooLong(column: string, value: string, max: number): string {
  return `${column} ${quote(value)} is ${[...value].length} characters long; shorten it to ${max} at most`;
}

export function notAWholeNumber(column: string, value: string): string {
  return `${column} ${quote(value)} is not a whole number; write 1, 2, 3…`;
}

export function duplicateValue(column: string, value: string, firstLine: number): string {
  return `${column} ${quote(value)} is already used on line ${firstLine}; give each row its own ${column}`;
}

export function notInEnum(
  column: string,
  value: string,
  allowed: readonly string[],
  suggestion?: string,
): string {
  return `${column} ${quote(value)} is not one of ${allowed.join(", ")}${didYouMean(suggestion)}`;
}

export function notADate(column: string, value: string, at?: number): string {
  const where = at === undefined ? "" : ` (unexpected ${quote(value.charAt(at - 1))} at character ${at})`;
  return `${column} ${quote(value)} is not a date${at !== undefined && at <= value.length ? where : ""}; ${dateFormats}`;
}

export function notACalendarDate(column: string, value: string): string {
  return `${column} ${quote(value)} is not a calendar date; ${dateFormats}`;
}

export function seasonDate(column: string, value: string): string {
  return `${column} ${quote(value)} is an EDTF season, which the kit does not read (seasons differ between hemispheres); write the months it covers as an interval, e.g. "2018-03/2018-05"`;
}

export function timeOfDay(column: string, value: string, day: string): string {
  return `${column} ${quote(value)} has a time of day; write the day only, ${quote(day)}`;
}

export function emptyIntervalSide(column: string, value: string): string {
  return `${column} ${quote(value)} has an empty side; write ".." for an open side: "../2018-08-06" (before) or "2018-08-06/.." (after)`;
}

export function dateSaysNothing(column: string, value: string): string {
  return `${column} ${quote(value)} does not narrow the date down at all; give at least a known side or a year, or leave the cell empty where the column may be`;
}

export function intervalBackwards(column: string, value: string): string {
  return `${column} ${quote(value)} is an interval that ends before it begins; write the earlier date first`;
}

export function zeroForUnknown(column: string, value: string, instead: string): string {
  return `${column} ${quote(value)} uses 00 for an unknown part; write ${quote(instead)}, only as precise as you know`;
}

export function endsBeforeStart(column: string, value: string, startColumn: string, start: string): string {
  return `${column} ${quote(value)} ends before ${startColumn} ${quote(start)} begins; the end must not come before the start`;
}

export function numberWithSeparators(column: string, value: string, plain: string): string {
  return `${column} ${quote(value)} has digit separators; write the plain number ${quote(plain)}`;
}

export function decimalComma(column: string, value: string, plain: string): string {
  return `${column} ${quote(value)} has a decimal comma; write ${quote(plain)}`;
}

export function notANumber(column: string, value: string): string {
  return `${column} ${quote(value)} is not a number; write plain digits with an optional decimal point, e.g. "87000000" or "1.5"`;
}

export function belowMinimum(column: string, value: string, min: number): string {
  return min === 0
    ? `${column} ${quote(value)} is negative; use 0 or more`
    : `${column} ${quote(value)} is less than ${min}; use ${min} or more`;
}

export function notAbsoluteUrl(column: string, value: string): string {
  return `${column} ${quote(value)} is not a full web address; use one starting with https:// or http://`;
}

export function notWebUrl(column: string, value: string, scheme: string): string {
  return `${column} ${quote(value)} is a ${scheme} address, not a web page; use one starting with https:// or http://`;
}

// Across tables

/** `citing`: what may cite a source, in the singular ("event", "statement", … "annotation"). */
export function sourceNotCited(id: string, citing: readonly string[]): string {
  const what = citing.length ? joined(citing, "or") : "row";
  return `source ${quote(id)} is not cited by any ${what}; cite it or remove it`;
}

export function notArchived(id: string): string {
  return `source ${quote(id)} has a url but no archive_url; add the address of an archived copy (e.g. saved at https://web.archive.org/save), so readers still see the page if it changes or goes`;
}

// Summaries

export interface TableCount {
  name: string;
  singular: string;
  rows: number;
}

/** "; 3 sources without an archived copy" (empty when there are none). */
function unarchivedNote(unarchived: number): string {
  return unarchived ? `; ${plural(unarchived, "source")} without an archived copy` : "";
}

export function checkPassed(
  dir: string,
  counts: readonly TableCount[],
  warnings: number,
  unarchived = 0,
): string {
  const tables = counts.map((t) => `${t.rows} ${t.rows === 1 ? t.singular : t.name}`).join(", ");
  return `${dir} ok: ${tables}${warnings ? ` (${plural(warnings, "warning")}${unarchivedNote(unarchived)})` : ""}`;
}

export function checkFailed(dir: string, errors: number, warnings: number, unarchived = 0): string {
  const counted = `${plural(errors, "error")}${warnings ? ` and ${plural(warnings, "warning")}` : ""}`;
  const what = unarchived ? `${counted} (${unarchivedNote(unarchived).slice(2)})` : counted;
  return `${dir} has ${what}; fix ${errors === 1 ? "it" : "them"} and run npm run data:check again`;
}

export function evidenceHasErrors(dir: string, errors: number, lines: readonly string[]): string {
  return `the evidence in ${dir} has ${plural(errors, "error")}:\n${lines.join("\n")}\nrun npm run data:check to see every problem`;
}
