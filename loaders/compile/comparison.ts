// One row per actor of kind `bank`: was it contacted and per which sources, what it was reportedly
// asked, where it stands, what it said in public, and its customer base. Everything is read from
// the rows that name the bank by id; nothing is inferred from free text, so an event that names
// no bank (an unnamed bank pulling out, say) is never pinned on one.
import type { EventStatus } from "../../src/shared/enums.ts";
import type { Actor, Evidence, EvidenceEvent, Figure, PartialDate } from "../model.ts";
import { type SourceRef, sourceRefs } from "./sources.ts";
import { type EventRef, eventRef, type StatementView, statementParty, statementViews } from "./statements.ts";

/** Event kinds (slugs in events.csv) the banks table reads. */
export const bankEventKinds = {
  /** Something was asked of the bank: it was contacted, and what was asked is the event's title. */
  request: "request",
  /** The bank pulled out. */
  withdrawal: "withdrawal",
  /** The bank answered (or declined to), whether or not a statement is quoted. */
  response: "response",
} as const;

/** Units that count money or shares, not customers. */
const notCustomerUnits = /^(usd|gbp|eur|aud|cad|chf|jpy|cny|inr|percent|%|share|shares)$/i;

export const BankStatus = {
  "pulled-out": "pulled out of the talks, per an event naming the bank",
  responded: "answered in public: a statement by or for the bank is quoted",
  "no-statement": "a response is recorded (declined to comment, say) but no statement is quoted",
  unknown: "the evidence records no withdrawal, statement or response by the bank",
} as const;
export type BankStatus = keyof typeof BankStatus;

export interface BankEvent extends EventRef {
  status: EventStatus;
  sources: SourceRef[];
}

export interface CustomerFigure {
  id: string;
  subject: string;
  value: number;
  unit: string;
  asOf?: PartialDate;
  sources: SourceRef[];
}

export interface BankRow {
  id: string;
  name: string;
  notes?: string;
  /** Request events naming the bank: what it was reportedly asked, each with its sources. */
  requests: BankEvent[];
  /** The distinct sources of those requests: who says the bank was contacted. */
  contactedPer: SourceRef[];
  status: BankStatus;
  /** The events behind the status (withdrawals or responses naming the bank). */
  statusEvents: BankEvent[];
  /** Statements by the bank or on its behalf, verbatim. */
  statements: StatementView[];
  /** Latest figure per subject counting the bank's customers, accounts or users; largest first. */
  customers: CustomerFigure[];
  /** Every event naming the bank, by date, for links to the timeline. */
  events: BankEvent[];
}

export interface BanksDigest {
  banks: BankRow[];
  /** Withdrawals that name no bank: reported, but not attributed to any row. */
  unattributedWithdrawals: BankEvent[];
}

function byDateThenId(a: { id: string; date: PartialDate }, b: { id: string; date: PartialDate }): number {
  if (a.date.iso !== b.date.iso) return a.date.iso < b.date.iso ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A figure is about a bank when its group or scope is the bank's name or id (case-insensitive). */
export function figureIsAbout(figure: Figure, bank: Pick<Actor, "id" | "name">): boolean {
  const names = new Set([bank.id.toLowerCase(), bank.name.trim().toLowerCase()]);
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
    const date = f.asOf?.iso ?? "";
    if (!held || date > (held.asOf?.iso ?? "") || (date === (held.asOf?.iso ?? "") && f.id < held.id))
      latest.set(key, f);
  }
  return [...latest.values()].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
}

export function compileBanks(evidence: Evidence): BanksDigest {
  const sources = sourceRefs(evidence);
  const bankIds = new Set(evidence.actors.filter((a) => a.kind === "bank").map((a) => a.id));
  const statements = statementViews(evidence);
  const partyOf = new Map(evidence.statements.map((s) => [s.id, statementParty(s)]));
  const events = [...evidence.events].sort(byDateThenId);
  const view = (e: EvidenceEvent): BankEvent => ({
    ...eventRef(e),
    status: e.status,
    sources: sources(e.sources),
  });

  const banks = evidence.actors
    .filter((a) => bankIds.has(a.id))
    .map((bank): BankRow => {
      const named = events.filter((e) => e.actors.includes(bank.id));
      const requests = named.filter((e) => e.kind === bankEventKinds.request).map(view);
      const contactedPer = [...new Map(requests.flatMap((r) => r.sources).map((s) => [s.id, s])).values()];
      const withdrawals = named.filter((e) => e.kind === bankEventKinds.withdrawal).map(view);
      const responses = named.filter((e) => e.kind === bankEventKinds.response).map(view);
      const said = statements.filter((s) => partyOf.get(s.id) === bank.id || s.speaker.id === bank.id);
      const status: BankStatus = withdrawals.length
        ? "pulled-out"
        : said.length
          ? "responded"
          : responses.length
            ? "no-statement"
            : "unknown";
      const customers = latestPerSubject(
        evidence.figures.filter((f) => figureIsAbout(f, bank) && isCustomerFigure(f)),
      ).map((f): CustomerFigure => {
        const figure: CustomerFigure = {
          id: f.id,
          subject: f.subject,
          value: f.value,
          unit: f.unit,
          sources: sources(f.sources),
        };
        if (f.asOf) figure.asOf = f.asOf;
        return figure;
      });
      const row: BankRow = {
        id: bank.id,
        name: bank.name,
        requests,
        contactedPer,
        status,
        statusEvents: status === "pulled-out" ? withdrawals : responses,
        statements: said,
        customers,
        events: named.map(view),
      };
      if (bank.notes) row.notes = bank.notes;
      return row;
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.id < b.id ? -1 : 1));

  const unattributedWithdrawals = events
    .filter((e) => e.kind === bankEventKinds.withdrawal && !e.actors.some((id) => bankIds.has(id)))
    .map(view);
  return { banks, unattributedWithdrawals };
}
