// The closed vocabularies of the evidence tables. Each value carries a one-line description
// that the contract in docs/data.md and the page legends read, so a value is defined once, here.

export const ActorKind = {
  company: "a business that is not a bank",
  bank: "a bank or other financial institution",
  person: "an individual, named as reported",
  regulator: "a government agency, lawmaker or court acting on the matter",
  publication: "a news outlet or publisher",
  app: "a software product or service",
  other: "anything else; say what in notes",
} as const;
export type ActorKind = keyof typeof ActorKind;
export function isActorKind(s: string): s is ActorKind {
  return Object.hasOwn(ActorKind, s);
}

export const EventStatus = {
  reported: "reported by at least one source, not yet confirmed by the parties",
  confirmed: "confirmed by a party to it or by records",
  denied: "denied by a party to it",
  disputed: "sources or parties contradict each other",
} as const;
export type EventStatus = keyof typeof EventStatus;
export function isEventStatus(s: string): s is EventStatus {
  return Object.hasOwn(EventStatus, s);
}

export const ClaimStance = {
  asserts: "the party says the claim is true",
  denies: "the party says the claim is false",
  qualifies: "the party accepts part of the claim or adds conditions",
} as const;
export type ClaimStance = keyof typeof ClaimStance;
export function isClaimStance(s: string): s is ClaimStance {
  return Object.hasOwn(ClaimStance, s);
}

export const FigureEstimate = {
  initial: "the first published number",
  revised: "a later number that replaces an earlier one",
  official: "stated by the responsible party or an authority",
  reported: "given by a source without official confirmation",
} as const;
export type FigureEstimate = keyof typeof FigureEstimate;
export function isFigureEstimate(s: string): s is FigureEstimate {
  return Object.hasOwn(FigureEstimate, s);
}
