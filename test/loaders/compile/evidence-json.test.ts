import { describe, expect, it } from "vitest";
import { compileEvidence } from "../../../loaders/compile/evidence-json.ts";
import type { Evidence, EvidenceEvent, Figure, PartialDate } from "../../../loaders/model.ts";
import { emptyEvidence } from "../../../loaders/validate.ts";

const day = (iso: string): PartialDate => ({
  iso,
  precision: iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day",
});
const event = (id: string, date: string): EvidenceEvent => ({
  id,
  date: day(date),
  actors: [],
  kind: "report",
  title: id,
  status: "reported",
  sources: [],
  extra: {},
});
const figure = (id: string, subject: string, asOf?: string): Figure => ({
  id,
  subject,
  value: 1,
  unit: "people",
  sources: [],
  extra: {},
  ...(asOf ? { asOf: day(asOf) } : {}),
});

describe("compileEvidence(evidence)", () => {
  it("sorts events by date, less precise dates first, then by id", () => {
    const evidence: Evidence = {
      ...emptyEvidence(),
      events: [event("c", "2018-08-06"), event("b", "2018-08"), event("a", "2018-08"), event("d", "2018")],
    };
    expect(compileEvidence(evidence).events.map((e) => e.id)).toEqual(["d", "a", "b", "c"]);
  });

  it("sorts figures by subject, then date (undated last), then id", () => {
    const figures = [
      figure("x", "users", "2018-04"),
      figure("y", "users"),
      figure("z", "banks", "2019"),
      figure("w", "users", "2018-03"),
    ];
    expect(compileEvidence({ ...emptyEvidence(), figures }).figures.map((f) => f.id)).toEqual([
      "z",
      "w",
      "x",
      "y",
    ]);
  });

  it("gives the same JSON whatever the order of the rows", () => {
    const a = { ...emptyEvidence(), events: [event("a", "2018"), event("b", "2017")] };
    const b = { ...emptyEvidence(), events: [event("b", "2017"), event("a", "2018")] };
    expect(JSON.stringify(compileEvidence(a))).toBe(JSON.stringify(compileEvidence(b)));
  });

  it("does not change the evidence it was given", () => {
    const events = [event("b", "2018"), event("a", "2017")];
    compileEvidence({ ...emptyEvidence(), events });
    expect(events.map((e) => e.id)).toEqual(["b", "a"]);
  });
});
