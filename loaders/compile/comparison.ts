// One row per actor of the compared kind (site.json "comparison"): was it contacted and per which
// sources, what it was reportedly asked, where it stands, what it said in public, and the figures
// about it. Everything is read from the rows that name the actor by id; nothing is inferred from
// free text, so an event that names no actor (an unnamed party pulling out, say) is never pinned
// on one.
import type { EventStatus } from "../../src/shared/enums.ts";
import { dateKey } from "../dates.ts";
import type { Actor, Evidence, EvidenceEvent, Figure, PartialDate } from "../model.ts";
import type { ComparisonSettings } from "../site/settings.ts";
import { asOfKey } from "./figures/figure-table.ts";
import { type SourceRef, sourceRefs } from "./sources.ts";
import { type EventRef, eventRef, type StatementView, statementParty, statementViews } from "./statements.ts";

/** Units that count money or shares, not customers. */
const notCustomerUnits = /^(usd|gbp|eur|aud|cad|chf|jpy|cny|inr|percent|%|share|shares)$/i;

export const ComparedStatus = {
  "pulled-out": "withdrew, per an event of the withdrawal kind naming it",
  responded: "answered in public: a statement by it or on its behalf is quoted",
  "no-statement": "a response is recorded (declined to comment, say) but no statement is quoted",
  unknown: "the evidence records no withdrawal, statement or response by it",
} as const;
export type ComparedStatus = keyof typeof ComparedStatus;

export interface ComparedEvent extends EventRef {
  status: EventStatus;
  sources: SourceRef[];
}

export interface ComparedFigure {
  id: string;
  subject: string;
  value: number;
  unit: string;
  asOf?: PartialDate;
  sources: SourceRef[];
}

export interface ComparedRow {
  id: string;
  name: string;
  notes?: string;
  /** Request events naming the actor: what it was reportedly asked, each with its sources. */
  requests: ComparedEvent[];
  /** The distinct sources of those requests: who says the actor was contacted. */
  contactedPer: SourceRef[];
  status: ComparedStatus;
  /** The events behind the status (withdrawals or responses naming the actor). */
  statusEvents: ComparedEvent[];
  /** Statements by the actor or on its behalf, verbatim. */
  statements: StatementView[];
  /** Latest figure per subject counting the actor's customers, accounts or users; largest first. */
  customers: ComparedFigure[];
  /** Every event naming the actor, by date, for links to the timeline. */
  events: ComparedEvent[];
}

export interface ComparisonDigest {
  rows: ComparedRow[];
  /** Withdrawals that name no compared actor: reported, but not attributed to any row. */
  unattributedWithdrawals: ComparedEvent[];
}

function byDateThenId(a: { id: string; date: PartialDate }, b: { id: string; date: PartialDate }): number {
  const [ka, kb] = [dateKey(a.date), dateKey(b.date)];
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A figure is about an actor when its group or scope is the actor's name or id (case-insensitive). */
export function figureIsAbout(figure: Figure, actor: Pick<Actor, "id" | "name">): boolean {
  const names = new Set([actor.id.toLowerCase(), actor.name.trim().toLowerCase()]);
  return [figure.group, figure.scope].some((v) => v !== undefined && names.has(v.trim().toLowerCase()));
}

export function isCustomerFigure(figure: Figure): boolean {
  return !notCustomerUnits.test(figure.unit.trim());
}

/** Latest per subject and unit (undated count as oldest), then largest first. */
function latestPerSubject(figures: readonly Figure[]): Figure[] {
  const latest = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${f.subject}\u0000${f.unit}`;
    const held = latest.get(key);
    const date = asOfKey(f);
    if (!held || date > asOfKey(held) || (date === asOfKey(held) && f.id < held.id)) latest.set(key, f);
  }
  return [...latest.values()].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
}

/** Which actors are compared and which event kinds say what. */
export type ComparisonRule = Pick<ComparisonSettings, "kind" | "eventKinds">;

export function compileComparison(evidence: Evidence, rule: ComparisonRule): ComparisonDigest {
  const kinds = rule.eventKinds;
  const sources = sourceRefs(evidence);
  const comparedIds = new Set(evidence.actors.filter((a) => a.kind === rule.kind).map((a) => a.id));
  const statements = statementViews(evidence);
  const partyOf = new Map(evidence.statements.map((s) => [s.id, statementParty(s)]));
  const events = [...evidence.events.rows()].sort(byDateThenId);
  const view = (e: EvidenceEvent): ComparedEvent => ({
    ...eventRef(e),
    status: e.status,
    sources: sources(e.sources),
  });

  const rows = evidence.actors
    .filter((a) => comparedIds.has(a.id))
    .map((actor): ComparedRow => {
      const named = events.filter((e) => e.actors.includes(actor.id));
      const requests = named.filter((e) => e.kind === kinds.request).map(view);
      const contactedPer = [...new Map(requests.flatMap((r) => r.sources).map((s) => [s.id, s])).values()];
      const withdrawals = named.filter((e) => e.kind === kinds.withdrawal).map(view);
      const responses = named.filter((e) => e.kind === kinds.response).map(view);
      const said = statements.filter((s) => partyOf.get(s.id) === actor.id || s.speaker.id === actor.id);
      const status: ComparedStatus = withdrawals.length
        ? "pulled-out"
        : said.length
          ? "responded"
          : responses.length
            ? "no-statement"
            : "unknown";
      const customers = latestPerSubject(
        evidence.figures.filter((f) => figureIsAbout(f, actor) && isCustomerFigure(f)),
      ).map((f): ComparedFigure => {
        const figure: ComparedFigure = {
          id: f.id,
          subject: f.subject,
          value: f.value,
          unit: f.unit,
          sources: sources(f.sources),
        };
        if (f.asOf) figure.asOf = f.asOf;
        return figure;
      });
      const row: ComparedRow = {
        id: actor.id,
        name: actor.name,
        requests,
        contactedPer,
        status,
        statusEvents: status === "pulled-out" ? withdrawals : responses,
        statements: said,
        customers,
        events: named.map(view),
      };
      if (actor.notes) row.notes = actor.notes;
      return row;
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.id < b.id ? -1 : 1));

  const unattributedWithdrawals = events
    .filter((e) => e.kind === kinds.withdrawal && !e.actors.some((id) => comparedIds.has(id)))
    .map(view);
  return { rows, unattributedWithdrawals };
}
