// One cell's text to a typed value, by column type. References come back as ids; whether
// they exist is for the validator, which knows the other tables.
import { closest } from "../closest.ts";
import { isPartialDate, parseDate } from "../dates.ts";
import * as message from "../messages.ts";
import type { PartialDate } from "../model.ts";
import type { Column } from "../schema/types.ts";

/** A cell that could not be read; returned instead of a value (no wrapper per valid cell). */
export class Invalid {
  constructor(readonly message: string) {}
}

export type CellValue = string | number | string[] | PartialDate;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const plainNumber = /^-?\d+(?:\.\d+)?$/;
const groupedNumber = /^-?\d{1,3}([, \u00a0\u202f_'\u2019])\d{3}(?:\1\d{3})*(?:\.\d+)?$/;
const decimalCommaNumber = /^-?\d+,\d+$/;
const webScheme = /^https?:\/\//i;

/** text.trim(), skipping the call (it runs per cell) when both ends are visible ASCII. */
export function trim(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}

/** The slug a journalist probably meant: "Facebook Inc." -> "facebook-inc". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function slug(name: string, text: string): string | Invalid {
  return isSlug(text) ? text : new Invalid(message.notASlug(name, text, slugify(text) || undefined));
}

/**
 * Where each item of a `;`-separated list starts and ends, trimmed as String.prototype.trim
 * would, pushed to `bounds` as start, end pairs; false when an item is empty. Nothing is cut
 * from `text` unless an item has something but visible ASCII at an end.
 */
export function listItemBounds(text: string, bounds: number[]): boolean {
  for (let start = 0; ; ) {
    const semicolon = text.indexOf(";", start);
    const end = semicolon < 0 ? text.length : semicolon;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (end > start && first > 32 && first < 127 && last > 32 && last < 127) bounds.push(start, end);
    else {
      const item = text.slice(start, end);
      const trimmed = item.trim();
      if (trimmed === "") return false;
      const at = start + item.indexOf(trimmed);
      bounds.push(at, at + trimmed.length);
    }
    if (semicolon < 0) return true;
    start = semicolon + 1;
  }
}

/** Items of a `;`-separated list, trimmed; an empty item is an error. */
function items(name: string, text: string): string[] | Invalid {
  if (!text.includes(";")) return [text];
  const bounds: number[] = [];
  if (!listItemBounds(text, bounds)) return new Invalid(message.emptyListItem(name, text));
  const parts = new Array<string>(bounds.length / 2);
  for (let k = 0; k < parts.length; k++) parts[k] = text.slice(bounds[2 * k], bounds[2 * k + 1]);
  return parts;
}

function date(name: string, text: string): PartialDate | Invalid {
  const parsed = parseDate(text);
  if (isPartialDate(parsed)) return parsed;
  switch (parsed.issue) {
    case "not-a-calendar-date":
      return new Invalid(message.notACalendarDate(name, text));
    case "zero-for-unknown":
      return new Invalid(message.zeroForUnknown(name, text, parsed.instead));
    case "season":
      return new Invalid(message.seasonDate(name, text));
    case "time-of-day":
      return new Invalid(message.timeOfDay(name, text, parsed.instead));
    case "empty-side":
      return new Invalid(message.emptyIntervalSide(name, text));
    case "says-nothing":
      return new Invalid(message.dateSaysNothing(name, text));
    case "ends-before-it-begins":
      return new Invalid(message.intervalBackwards(name, text));
    case "not-a-date":
      return new Invalid(message.notADate(name, text, parsed.at));
  }
}

function number(name: string, text: string, min: number | undefined, integer = false): number | Invalid {
  if (!plainNumber.test(text)) {
    const grouped = groupedNumber.exec(text);
    if (grouped)
      return new Invalid(message.numberWithSeparators(name, text, text.split(grouped[1] ?? ",").join("")));
    if (decimalCommaNumber.test(text))
      return new Invalid(message.decimalComma(name, text, text.replace(",", ".")));
    return new Invalid(message.notANumber(name, text));
  }
  const value = Number(text);
  if (integer && !Number.isInteger(value)) return new Invalid(message.notAWholeNumber(name, text));
  return min !== undefined && value < min ? new Invalid(message.belowMinimum(name, text, min)) : value;
}

function url(name: string, text: string): string | Invalid {
  if (webScheme.test(text))
    return URL.canParse(text) ? text : new Invalid(message.notAbsoluteUrl(name, text));
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(text)?.[1]?.toLowerCase();
  return scheme && scheme !== "http" && scheme !== "https"
    ? new Invalid(message.notWebUrl(name, text, `${scheme}:`))
    : new Invalid(message.notAbsoluteUrl(name, text));
}

/**
 * Reads a non-empty cell. `raw` is the cell as written; everything but text is trimmed first.
 * Text is returned verbatim: quotes, spaces and line breaks are the journalist's.
 */
export function readCell(column: Column, raw: string): CellValue | Invalid {
  if (column.type === "text")
    return column.maxLength !== undefined && [...raw].length > column.maxLength
      ? new Invalid(message.tooLong(column.name, raw, column.maxLength))
      : raw;
  const text = trim(raw);
  const name = column.name;
  switch (column.type) {
    case "id":
    case "slug":
      return slug(name, text);
    case "ref":
    case "ref-any":
      return text;
    case "list-of-slugs": {
      const list = items(name, text);
      if (list instanceof Invalid) return list;
      for (const item of list) if (!isSlug(item)) return slug(name, item);
      return list;
    }
    case "list-of-refs":
      return items(name, text);
    case "enum": {
      if (Object.hasOwn(column.values, text)) return text;
      const allowed = Object.keys(column.values);
      return new Invalid(message.notInEnum(name, text, allowed, closest(text, allowed)));
    }
    case "date":
      return date(name, text);
    case "number":
      return number(name, text, column.min, column.integer);
    case "url":
      return url(name, text);
  }
}
