import { describe, expect, it } from "vitest";
import { actorsInEvents, eventsOfKind } from "../../../loaders/compile/key-facts.ts";
import type { Evidence } from "../../../loaders/model.ts";
import { evidenceFrom } from "../evidence-from.ts";

const day = (iso: string) => ({ iso, precision: "day" as const });
const evidence: Evidence = evidenceFrom({
  sources: [],
  actors: [
    { id: "bank-a", name: "Bank A", kind: "bank", extra: {} },
    { id: "bank-b", name: "Bank B", kind: "bank", extra: {} },
    { id: "bank-c", name: "Bank C", kind: "bank", extra: {} },
    { id: "platform", name: "Platform", kind: "company", extra: {} },
  ],
  events: [
    {
      id: "e1",
      date: day("2016-05-01"),
      actors: ["platform", "bank-c"],
      kind: "request",
      title: "t",
      status: "reported",
      sources: [],
      extra: {},
    },
    {
      id: "e2",
      date: day("2018-01-02"),
      actors: ["platform", "bank-a", "bank-b"],
      kind: "request",
      title: "t",
      status: "reported",
      sources: [],
      extra: {},
    },
    {
      id: "e3",
      date: day("2018-03-01"),
      actors: ["platform"],
      kind: "withdrawal",
      title: "t",
      status: "reported",
      sources: [],
      extra: {},
    },
  ],
  statements: [],
  claims: [],
  figures: [],
  annotations: [],
  corrections: [],
});

describe("actorsInEvents(evidence, {actorKind, eventKind, from})", () => {
  it("counts actors of a kind taking part in events of a kind, each once", () => {
    expect(
      actorsInEvents(evidence, { actorKind: "bank", eventKind: "request" }).actors.map((a) => a.id),
    ).toEqual(["bank-a", "bank-b", "bank-c"]);
  });
  it("leaves out events before `from`", () => {
    const { actors, events } = actorsInEvents(evidence, {
      actorKind: "bank",
      eventKind: "request",
      from: "2017",
    });
    expect(actors.map((a) => a.id)).toEqual(["bank-a", "bank-b"]);
    expect(events.map((e) => e.id)).toEqual(["e2"]);
  });
  it("finds nothing in empty evidence", () => {
    const empty = evidenceFrom({ ...evidence, actors: [], events: [] });
    expect(actorsInEvents(empty, { actorKind: "bank", eventKind: "request" })).toEqual({
      actors: [],
      events: [],
    });
  });
});

describe("eventsOfKind(evidence, kind)", () => {
  it("lists the events of one kind, oldest first", () => {
    expect(eventsOfKind(evidence, "request").map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(eventsOfKind(evidence, "hearing")).toEqual([]);
  });
});
