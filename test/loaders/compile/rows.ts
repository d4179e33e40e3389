// Small row builders for compiler tests: each row has only what its test needs, the rest defaulted.
import type {
  Actor,
  Claim,
  Evidence,
  EvidenceEvent,
  Figure,
  PartialDate,
  Source,
  Statement,
} from "../../../loaders/model.ts";
import { evidenceFrom, type PlainEvidence } from "../evidence-from.ts";

export const date = (iso: string): PartialDate => ({
  iso,
  precision: iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day",
});

export const source = (id: string, more: Partial<Source> = {}): Source => ({
  id,
  outlet: `Outlet ${id}`,
  title: `Title ${id}`,
  extra: {},
  ...more,
});

export const actor = (id: string, kind: Actor["kind"] = "company", more: Partial<Actor> = {}): Actor => ({
  id,
  name: `Name ${id}`,
  kind,
  extra: {},
  ...more,
});

export const event = (id: string, more: Partial<EvidenceEvent> = {}): EvidenceEvent => ({
  id,
  date: date("2018-08-06"),
  actors: [],
  kind: "report",
  title: `Title ${id}`,
  status: "reported",
  sources: ["s1"],
  extra: {},
  ...more,
});

export const statement = (
  id: string,
  speaker: string,
  text: string,
  more: Partial<Statement> = {},
): Statement => ({
  id,
  date: date("2018-08-06"),
  speaker,
  text,
  topics: [],
  sources: ["s1"],
  extra: {},
  ...more,
});

export const claim = (
  id: string,
  topic: string,
  party: string,
  stance: Claim["stance"],
  more: Partial<Claim> = {},
): Claim => ({
  id,
  topic,
  party,
  stance,
  summary: `Summary ${id}`,
  sources: ["s1"],
  extra: {},
  ...more,
});

export const figure = (id: string, more: Partial<Figure> = {}): Figure => ({
  id,
  subject: `Subject ${id}`,
  value: 1,
  unit: "people",
  sources: ["s1"],
  extra: {},
  ...more,
});

export const evidenceOf = (tables: PlainEvidence): Evidence =>
  evidenceFrom({ sources: [source("s1")], ...tables });
