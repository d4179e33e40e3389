// The timeline compiler: events and statements become dated items in lanes, ready for the
// timeline chart, its list and its browser view.
//
//   actors -> lanes (fold) -> items (dates at their precision) -> sort -> links
//
// Lanes come from the data, never from a list of names:
// - An actor's lane is its own, except that a person or an app with an affiliation is folded
//   into the lane of the actor it belongs to (a spokeswoman speaks in her company's lane),
//   following affiliations until an organisation (or a cycle) is reached.
// - Only actors that some item involves get a lane.
// - Lanes are ordered by actor kind (the order of ActorKind in enums.ts), then by first
//   appearance (the earliest item involving them), then by the number of items (most first),
//   then by name.
// - An event is drawn in the lane of its first listed actor (the data lists who acted first);
//   its other actors' lanes are joined to it by a cross-lane link.
// - A statement is a point event in the lane of the actor it was made for (on_behalf_of), else
//   the speaker's (folded) lane; when both differ, they are linked.
//
// Dates keep their precision: a month-precision date covers the whole month, a year the whole
// year; a period runs from the first day of `date` to the last day of `end_date`. An uncertain
// date (EDTF) is never a firm day: an interval in `date` happened some time within it; an
// approximate side (~) is drawn with a soft edge, an uncertain one (?) marked, an open side (..)
// fading away from its known bound (loaders/dates.ts says how they sort).

import type { ActorKind, EventStatus } from "../../src/shared/enums.ts";
import type { ItemForm } from "../../src/shared/timeline/view.ts";
import { firstDay, lastDay } from "../dates.ts";
import type {
  Actor,
  DateBound,
  DatePrecision,
  Evidence,
  EvidenceEvent,
  PartialDate,
  Statement,
} from "../model.ts";
import { anchor } from "../render/evidence-html.ts";
import { t } from "../site/locale.ts";
import { dateEdges } from "./timeline/edges.ts";
import { buildLanes, laneActor } from "./timeline/lanes.ts";
import { byText, compareItems } from "./timeline/order.ts";

export { actorKindGroup, laneActor } from "./timeline/lanes.ts";
export { compareItems } from "./timeline/order.ts";

export interface TimelineLane {
  /** The id of the actor the lane belongs to. */
  id: string;
  name: string;
  kind: ActorKind;
  /** The kind as a plural heading ("Banks"), for layouts that group lanes by kind. */
  group: string;
  /** Ids of the actors drawn in this lane: the actor itself and those folded into it. */
  members: string[];
  /** First day of the earliest item involving the lane (YYYY-MM-DD). */
  first: string;
  /** Items involving the lane (in it or linked to it). */
  count: number;
}

export type ItemType = "event" | "statement";

export interface TimelineItem {
  /** The event's id, or `statement--<id>` (slugs never hold "--"): unique, stable across builds. */
  id: string;
  type: ItemType;
  /** The row's id in its own table. */
  rowId: string;
  /** The lane the item is drawn in. */
  lane: string;
  /** Every lane the item involves, its own first. */
  lanes: string[];
  /** Ids of the actors involved, as the data names them. */
  actors: string[];
  date: PartialDate;
  endDate?: PartialDate;
  dateNote?: string;
  /** First and last day the item may cover, inclusive (YYYY-MM-DD). */
  start: string;
  end: string;
  precision: DatePrecision;
  form: ItemForm;
  /** A period or imprecise date whose date note says it is approximate, or an approximate date (~): soft at both ends. */
  vague: boolean;
  /** An interval whose start (or end) alone is approximate (~): that edge is soft. */
  softStart?: true;
  softEnd?: true;
  /** An open side (..): nothing bounds it; `start`/`end` are then the known side's days. */
  openStart?: true;
  openEnd?: true;
  /** Some side is uncertain (?): the mark says so. */
  doubt?: true;
  /** The event's kind; `statement` for statements. */
  kind: string;
  /** Events only: how sure the evidence is. */
  status?: EventStatus;
  title: string;
  /** Events: a few sentences. */
  summary?: string;
  /** Statements: the words, verbatim. */
  quote?: string;
  /** Statements: the item id of the event the statement answers. */
  respondsTo?: string;
  sources: string[];
}

export interface TimelineLink {
  /** The item the link belongs to. */
  item: string;
  /** The lanes it joins, the item's own lane first. */
  lanes: string[];
}

export interface KindCount {
  kind: string;
  count: number;
}

export interface Timeline {
  lanes: TimelineLane[];
  /** In time order: first day, an open start first, then less precise first, then shorter first, events before statements, then id. */
  items: TimelineItem[];
  links: TimelineLink[];
  /** Every kind, most frequent first, then alphabetically. */
  kinds: KindCount[];
  /** First and last day covered by any item; absent when there are none. */
  start?: string;
  end?: string;
}

export const statementKind = "statement";

/** An event's item id is its own id: the timeline page is where events live (/timeline#<id>). */
export function eventItemId(id: string): string {
  return id;
}

/** A statement's is `statement--<id>`, the site's anchor for rows that are not the page's own. */
export function statementItemId(id: string): string {
  return anchor("statement", id);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A date that is not one firm day: qualified, with unspecified digits, or an interval. */
function isUncertain(date: PartialDate): boolean {
  return (
    date.edtf !== undefined && (date.edtf.interval || date.precision !== "day" || !isFirm(date.edtf.start))
  );
}

function isFirm(bound: DateBound | undefined): boolean {
  return !!bound && !bound.approximate && !bound.uncertain && (bound.years ?? 1) === 1;
}

function formOf(date: PartialDate, endDate: PartialDate | undefined): ItemForm {
  if (endDate) return "period";
  return date.precision === "day" && !isUncertain(date) ? "day" : "uncertain";
}

interface Dated {
  date: PartialDate;
  endDate?: PartialDate;
  dateNote?: string;
}

function dating({ date, endDate, dateNote }: Dated) {
  const form = formOf(date, endDate);
  const last = endDate ?? date;
  const { bothSoft, ...edges } = dateEdges(date, last);
  return {
    date,
    ...(endDate ? { endDate } : {}),
    ...(dateNote ? { dateNote } : {}),
    start: firstDay(date),
    end: lastDay(last),
    precision: date.precision,
    form,
    // A date note marks a plain date approximate; an EDTF date says itself which sides are.
    vague: (dateNote !== undefined && form !== "day" && !date.edtf && !last.edtf) || bothSoft,
    ...edges,
  };
}

function eventItem(event: EvidenceEvent, actors: ReadonlyMap<string, Actor>): TimelineItem {
  const lanes = unique(event.actors.map((id) => laneActor(id, actors)));
  return {
    id: eventItemId(event.id),
    type: "event",
    rowId: event.id,
    lane: lanes[0] ?? "",
    lanes,
    actors: [...event.actors],
    ...dating(event),
    kind: event.kind,
    status: event.status,
    title: event.title,
    ...(event.summary ? { summary: event.summary } : {}),
    sources: [...event.sources],
  };
}

function actorName(id: string, actors: ReadonlyMap<string, Actor>): string {
  return actors.get(id)?.name ?? id;
}

/** "Elisabeth Diana for Facebook, statement to The Wall Street Journal". */
export function statementTitle(statement: Statement, actors: ReadonlyMap<string, Actor>): string {
  const speaker = actorName(statement.speaker, actors);
  const who =
    statement.onBehalfOf && statement.onBehalfOf !== statement.speaker
      ? t("timeline.forWhom", { speaker, party: actorName(statement.onBehalfOf, actors) })
      : speaker;
  return `${who}, ${statement.medium ?? t("timeline.statement")}`;
}

function statementItem(statement: Statement, actors: ReadonlyMap<string, Actor>): TimelineItem {
  const own = laneActor(statement.onBehalfOf ?? statement.speaker, actors);
  const lanes = unique([own, laneActor(statement.speaker, actors)]);
  return {
    id: statementItemId(statement.id),
    type: "statement",
    rowId: statement.id,
    lane: own,
    lanes,
    actors: unique([statement.speaker, ...(statement.onBehalfOf ? [statement.onBehalfOf] : [])]),
    ...dating(statement),
    kind: statementKind,
    title: statementTitle(statement, actors),
    quote: statement.text,
    ...(statement.respondsTo ? { respondsTo: eventItemId(statement.respondsTo) } : {}),
    sources: [...statement.sources],
  };
}

function countKinds(items: readonly TimelineItem[]): KindCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || byText(a.kind, b.kind));
}

export function compileTimeline(evidence: Evidence): Timeline {
  const actors = new Map(evidence.actors.map((actor) => [actor.id, actor]));
  const items = [
    ...evidence.events.rows().map((event) => eventItem(event, actors)),
    ...evidence.statements.map((statement) => statementItem(statement, actors)),
  ].sort(compareItems);
  const lanes = buildLanes(items, actors);
  const links = items
    .filter((item) => item.lanes.length > 1)
    .map((item) => ({ item: item.id, lanes: [...item.lanes] }));
  let start: string | undefined;
  let end: string | undefined;
  for (const item of items) {
    if (start === undefined || item.start < start) start = item.start;
    if (end === undefined || item.end > end) end = item.end;
  }
  return {
    lanes,
    items,
    links,
    kinds: countKinds(items),
    ...(start && end ? { start, end } : {}),
  };
}
