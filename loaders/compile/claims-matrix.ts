// The claims matrix: topics × parties, from claims.csv. A cell holds every claim one party makes
// on one topic; a cell with no claim is "silent"; a cell whose claims take more than one stance
// is flagged as conflicting, so a reader checks what the party said each time.
//
//   claims ─► topics (first appearance) × parties (reporting parties first) ─► cells
//                                                                          └─► conflicts

import type { ActorKind } from "../../src/shared/enums.ts";
import { ClaimStance } from "../../src/shared/enums.ts";
import type { Claim, Evidence, PartialDate } from "../model.ts";
import { type SourceRef, sourceRefs } from "./sources.ts";
import { type ActorRef, actorRefs, type EventRef, eventRef, statementParty } from "./statements.ts";

export type CellState = ClaimStance | "silent" | "conflicting";

export interface Topic {
  id: string;
  label: string;
}

export interface Party {
  id: string;
  name: string;
  kind?: ActorKind;
  /**
   * A party whose claims reach us only through reporting: a publication, or an actor with no
   * statement of its own in the evidence (an anonymous source, say).
   */
  reporting: boolean;
}

export interface MatrixClaim {
  id: string;
  stance: ClaimStance;
  summary: string;
  /** The statement it quotes, with the sources that report those words. */
  statement?: {
    id: string;
    text: string;
    context?: string;
    speaker: ActorRef;
    date: PartialDate;
    sources: SourceRef[];
  };
  event?: EventRef;
  sources: SourceRef[];
  notes?: string;
}

export interface MatrixCell {
  topic: string;
  party: string;
  state: CellState;
  /** The distinct stances of the claims, in the order asserts, denies, qualifies. */
  stances: ClaimStance[];
  /** True when the claims take more than one stance. */
  conflicting: boolean;
  claims: MatrixClaim[];
}

export interface ClaimsMatrix {
  topics: Topic[];
  parties: Party[];
  /** One row per topic, one cell per party, in the order of `parties`. */
  rows: { topic: Topic; cells: MatrixCell[] }[];
  /** The conflicting cells, row by row. */
  conflicts: MatrixCell[];
}

/** "sale-to-third-parties" -> "Sale to third parties". */
export function topicLabel(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const stanceOrder = Object.keys(ClaimStance) as ClaimStance[];

/** The cell's state: silent without claims, the stance when they agree, else conflicting. */
export function cellState(claims: readonly Pick<Claim, "stance">[]): {
  state: CellState;
  stances: ClaimStance[];
} {
  const present = new Set(claims.map((c) => c.stance));
  const stances = stanceOrder.filter((s) => present.has(s));
  const [only] = stances;
  return {
    state: stances.length === 0 ? "silent" : stances.length === 1 && only ? only : "conflicting",
    stances,
  };
}

function firstAppearance(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function compileClaimsMatrix(evidence: Evidence): ClaimsMatrix {
  const actor = actorRefs(evidence);
  const sources = sourceRefs(evidence);
  const actors = new Map(evidence.actors.map((a) => [a.id, a]));
  const statements = new Map(evidence.statements.map((s) => [s.id, s]));
  const events = new Map(evidence.events.rows().map((e) => [e.id, e]));
  const speaking = new Set(evidence.statements.flatMap((s) => [statementParty(s), s.speaker]));

  const topics = firstAppearance(evidence.claims.map((c) => c.topic)).map((id) => ({
    id,
    label: topicLabel(id),
  }));
  const parties = firstAppearance(evidence.claims.map((c) => c.party)).map((id): Party => {
    const kind = actors.get(id)?.kind;
    const party: Party = { id, name: actor(id).name, reporting: kind === "publication" || !speaking.has(id) };
    if (kind) party.kind = kind;
    return party;
  });
  // Reporting parties first (what was reported), then those who answer; stable within each.
  parties.sort((a, b) => Number(b.reporting) - Number(a.reporting));

  const claimView = (c: Claim): MatrixClaim => {
    const view: MatrixClaim = { id: c.id, stance: c.stance, summary: c.summary, sources: sources(c.sources) };
    const statement = c.statement ? statements.get(c.statement) : undefined;
    if (statement)
      view.statement = {
        id: statement.id,
        text: statement.text,
        speaker: actor(statement.speaker),
        date: statement.date,
        sources: sources(statement.sources),
        ...(statement.context ? { context: statement.context } : {}),
      };
    const event = c.event ? events.get(c.event) : undefined;
    if (event) view.event = eventRef(event);
    if (c.notes) view.notes = c.notes;
    return view;
  };

  const byCell = new Map<string, Claim[]>();
  for (const claim of evidence.claims) {
    const key = `${claim.topic}\u0000${claim.party}`;
    byCell.set(key, [...(byCell.get(key) ?? []), claim]);
  }
  const rows = topics.map((topic) => ({
    topic,
    cells: parties.map((party): MatrixCell => {
      const claims = byCell.get(`${topic.id}\u0000${party.id}`) ?? [];
      const { state, stances } = cellState(claims);
      return {
        topic: topic.id,
        party: party.id,
        state,
        stances,
        conflicting: state === "conflicting",
        claims: claims.map(claimView),
      };
    }),
  }));
  return { topics, parties, rows, conflicts: rows.flatMap((r) => r.cells.filter((c) => c.conflicting)) };
}

/** For each topic: what the reporting parties claimed, next to each other party's answer. */
export function reportedVsSaid(matrix: ClaimsMatrix): {
  topic: Topic;
  reported: MatrixCell[];
  answers: MatrixCell[];
}[] {
  const reporting = new Set(matrix.parties.filter((p) => p.reporting).map((p) => p.id));
  return matrix.rows.map(({ topic, cells }) => ({
    topic,
    reported: cells.filter((c) => c.state !== "silent" && reporting.has(c.party)),
    answers: cells.filter((c) => c.state !== "silent" && !reporting.has(c.party)),
  }));
}
