// Statements as the statements page shows them: verbatim, with who said it, for whom, when, how
// and on what sources, grouped by the event each answers; and the pair of statements the
// comparison shows before a reader picks one.

import { diffWords, similarity } from "../../src/shared/word-diff.ts";
import { dateKey } from "../dates.ts";
import type { Evidence, EvidenceEvent, PartialDate, Statement } from "../model.ts";
import { type SourceRef, sourceRefs } from "./sources.ts";

export interface ActorRef {
  id: string;
  name: string;
}

export interface EventRef {
  id: string;
  title: string;
  date: PartialDate;
}

export interface StatementView {
  id: string;
  date: PartialDate;
  speaker: ActorRef;
  onBehalfOf?: ActorRef;
  medium?: string;
  /** Exactly the CSV cell. */
  text: string;
  /** The reporter's words around a partial quote. */
  context?: string;
  topics: string[];
  respondsTo?: EventRef;
  sources: SourceRef[];
  notes?: string;
}

/** Statements answering one event, or (event undefined) statements that answer no recorded event. */
export interface StatementGroup {
  event?: EventRef;
  statements: StatementView[];
}

export interface StatementsDigest {
  /** Groups by the answered event's date, then id; the group without an event last. */
  groups: StatementGroup[];
  /** Every statement, by date then id. */
  statements: StatementView[];
  /** The two statements compared by default: the most alike pair by one party, when there is one. */
  defaultPair?: [string, string];
}

/** Above this many candidate pairs the default comparison falls back to the first two statements. */
const maxPairs = 5000;

export function actorRefs(evidence: Pick<Evidence, "actors">): (id: string) => ActorRef {
  const names = new Map(evidence.actors.map((a) => [a.id, a.name]));
  return (id) => ({ id, name: names.get(id) ?? id });
}

export function eventRef(event: EvidenceEvent): EventRef {
  return { id: event.id, title: event.title, date: event.date };
}

function byDateThenId(a: { id: string; date: PartialDate }, b: { id: string; date: PartialDate }): number {
  const [ka, kb] = [dateKey(a.date), dateKey(b.date)];
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whose words a statement are: the actor spoken for, else the speaker. */
export function statementParty(statement: Pick<Statement, "speaker" | "onBehalfOf">): string {
  return statement.onBehalfOf ?? statement.speaker;
}

/**
 * The pair the comparison opens with: of the statements by one party, the two with the most words
 * in common (ties: earlier first); with no such pair, the first two statements.
 */
export function defaultComparePair(statements: readonly Statement[]): [string, string] | undefined {
  const sorted = [...statements].sort(byDateThenId);
  const [first, second] = sorted;
  if (!first || !second) return undefined;
  const byParty = new Map<string, Statement[]>();
  for (const s of sorted) byParty.set(statementParty(s), [...(byParty.get(statementParty(s)) ?? []), s]);
  let pairs = 0;
  for (const group of byParty.values()) pairs += (group.length * (group.length - 1)) / 2;
  let best: { score: number; pair: [string, string] } | undefined;
  if (pairs <= maxPairs) {
    for (const group of byParty.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i] as Statement;
          const b = group[j] as Statement;
          if (a.text === b.text) continue;
          const score = similarity(diffWords(a.text, b.text));
          if (score > 0 && (!best || score > best.score)) best = { score, pair: [a.id, b.id] };
        }
      }
    }
  }
  return best?.pair ?? [first.id, second.id];
}

/** Every statement as pages show it, by date then id. */
export function statementViews(evidence: Evidence): StatementView[] {
  const actor = actorRefs(evidence);
  const sources = sourceRefs(evidence);
  const events = new Map(evidence.events.rows().map((e) => [e.id, e]));
  return [...evidence.statements].sort(byDateThenId).map((s): StatementView => {
    const view: StatementView = {
      id: s.id,
      date: s.date,
      speaker: actor(s.speaker),
      text: s.text,
      topics: s.topics,
      sources: sources(s.sources),
    };
    if (s.onBehalfOf) view.onBehalfOf = actor(s.onBehalfOf);
    if (s.medium) view.medium = s.medium;
    if (s.context) view.context = s.context;
    const event = s.respondsTo ? events.get(s.respondsTo) : undefined;
    if (event) view.respondsTo = eventRef(event);
    if (s.notes) view.notes = s.notes;
    return view;
  });
}

export function compileStatements(evidence: Evidence): StatementsDigest {
  const statements = statementViews(evidence);
  const grouped = new Map<string, StatementGroup>();
  const unanswered: StatementView[] = [];
  for (const view of statements) {
    if (!view.respondsTo) {
      unanswered.push(view);
      continue;
    }
    const group = grouped.get(view.respondsTo.id) ?? { event: view.respondsTo, statements: [] };
    group.statements.push(view);
    grouped.set(view.respondsTo.id, group);
  }
  const groups = [...grouped.values()].sort((a, b) => byDateThenId(a.event as EventRef, b.event as EventRef));
  if (unanswered.length) groups.push({ statements: unanswered });
  const digest: StatementsDigest = { groups, statements };
  const pair = defaultComparePair(evidence.statements);
  if (pair) digest.defaultPair = pair;
  return digest;
}
