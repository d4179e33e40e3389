// The evidence as typed values, after validation. Field names are the CSV column names in
// camelCase (end_date -> endDate). An optional cell that is empty reads as undefined (the key
// may be present; JSON leaves it out); an empty optional list reads as []. Columns the contract
// does not name are passed through, verbatim, in `extra` (one shared frozen {} when a file has
// none, so treat rows as read-only).
import type { ActorKind, ClaimStance, EventStatus, FigureEstimate } from "../src/shared/enums.ts";

import type { DateBound, DatePrecision, EdtfDate } from "../src/shared/locale/dates.ts";

export type { DateBound, DatePrecision, EdtfDate };

/**
 * A date with honest precision: `iso` is exactly what the CSV says (`2018`, `2018-08` or
 * `2018-08-06`, or an EDTF form such as `2018-08~` or `../2018-08-06`), `precision` says how
 * precise it (or, for an interval, its first known side) is. `edtf` is present only for the
 * EDTF forms: each side as a plain calendar date with its qualifiers (loaders/dates.ts).
 * Plain ISO strings of mixed precision sort sensibly as text: 2018 < 2018-08 < 2018-08-06 <
 * 2018-09; for any date, sort by dateKey() (loaders/dates.ts).
 */
export interface PartialDate {
  iso: string;
  precision: DatePrecision;
  edtf?: EdtfDate;
}

interface Row {
  id: string;
  notes?: string;
  extra: Record<string, string>;
}

export interface Source extends Row {
  outlet: string;
  /** Absent when no title was recorded: the source is then named by outlet and date. */
  title?: string;
  url?: string;
  /** An archived copy of `url` (Wayback Machine, archive.today, Perma.cc…). */
  archiveUrl?: string;
  published?: PartialDate;
  kind?: string;
  /** When the journalist saw it. */
  accessed?: PartialDate;
}

export interface Actor extends Row {
  name: string;
  kind: ActorKind;
  affiliation?: string;
}

/** An event on the timeline (named so it does not shadow the DOM's Event). */
export interface EvidenceEvent extends Row {
  date: PartialDate;
  endDate?: PartialDate;
  dateNote?: string;
  actors: string[];
  kind: string;
  title: string;
  summary?: string;
  status: EventStatus;
  sources: string[];
}

/**
 * The events. Read from a file they are columns, not an object per row (a million events are a
 * few typed arrays and the text they were read from); an object is made for code that asks.
 */
export interface EventTable {
  /** Rows in the table. */
  readonly length: number;
  /** Row r (0-based, in the table's order) as an object, made on each call. */
  row(r: number): EvidenceEvent;
  /** Every row as an object, in the table's order: made on the first call, then kept. */
  rows(): readonly EvidenceEvent[];
  /** Row r's id, without making its object. */
  id(r: number): string;
  /** Row r's date, without making its object. Rows whose date cells have the same text share one
   *  PartialDate object (a sort memoises keys by object). */
  date(r: number): PartialDate;
  /** Whether ids ascend (plain string comparison, `<=`) in the table's order: a file written in id order. */
  inIdOrder(): boolean;
  /** The same rows in another order: row i of the result is row order[i] of this one. */
  reordered(order: Int32Array): EventTable;
  /** JSON.stringify writes the rows, as an array of objects. */
  toJSON(): readonly EvidenceEvent[];
}

export interface Statement extends Row {
  date: PartialDate;
  speaker: string;
  onBehalfOf?: string;
  medium?: string;
  /** Verbatim, exactly as in the CSV. */
  text: string;
  /** The reporter's words around a partial quote, shown before it and set apart from it. */
  context?: string;
  topics: string[];
  respondsTo?: string;
  sources: string[];
}

export interface Claim extends Row {
  topic: string;
  party: string;
  stance: ClaimStance;
  summary: string;
  statement?: string;
  event?: string;
  sources: string[];
}

export interface Figure extends Row {
  subject: string;
  scope?: string;
  group?: string;
  value: number;
  unit: string;
  asOf?: PartialDate;
  estimate?: FigureEstimate;
  sources: string[];
}

/** A key moment: a label on an item (`target`) or on a span of time (`date` to `endDate`). */
export interface Annotation extends Row {
  /** An id in events, statements or figures. */
  target?: string;
  date?: PartialDate;
  endDate?: PartialDate;
  label: string;
  text?: string;
  /** Its place in the guided story. */
  step?: number;
  sources: string[];
}

/** A correction made after publication to the row `target` (an id in any table). */
export interface Correction extends Row {
  date: PartialDate;
  target: string;
  /** What was wrong and what changed. */
  text: string;
  sources: string[];
}

export interface Evidence {
  sources: Source[];
  actors: Actor[];
  events: EventTable;
  statements: Statement[];
  claims: Claim[];
  figures: Figure[];
  annotations: Annotation[];
  corrections: Correction[];
}

export type TableName = keyof Evidence;

/**
 * The tables a correction may target, in the order an id is looked up: where two tables share an
 * id, it names the row of the first (the schema's `target` column and compile/corrections.ts read
 * this one list).
 */
export const correctedTables = [
  "sources",
  "actors",
  "events",
  "statements",
  "claims",
  "figures",
  "annotations",
] as const satisfies readonly TableName[];
export type CorrectedTable = (typeof correctedTables)[number];
