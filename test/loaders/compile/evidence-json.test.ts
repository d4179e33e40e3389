import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileEvidence } from "../../../loaders/compile/evidence-json.ts";
import type { Evidence, EvidenceEvent, Figure, PartialDate } from "../../../loaders/model.ts";
import { emptyEvidence } from "../../../loaders/validate.ts";
import { evidenceFrom } from "../evidence-from.ts";

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
    const evidence: Evidence = evidenceFrom({
      events: [event("c", "2018-08-06"), event("b", "2018-08"), event("a", "2018-08"), event("d", "2018")],
    });
    expect(
      compileEvidence(evidence)
        .events.rows()
        .map((e) => e.id),
    ).toEqual(["d", "a", "b", "c"]);
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
    const a = evidenceFrom({ events: [event("a", "2018"), event("b", "2017")] });
    const b = evidenceFrom({ events: [event("b", "2017"), event("a", "2018")] });
    expect(JSON.stringify(compileEvidence(a))).toBe(JSON.stringify(compileEvidence(b)));
  });

  it("does not change the evidence it was given", () => {
    const events = [event("b", "2018"), event("a", "2017")];
    compileEvidence(evidenceFrom({ events }));
    expect(events.map((e) => e.id)).toEqual(["b", "a"]);
  });

  it("orders events as a stable sort by date, then id, would: rows in id order or not", () => {
    const byDateThenId = (a: EvidenceEvent, b: EvidenceEvent) => {
      const [da, db] = [a.date.iso, b.date.iso];
      return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    };
    const rows = fc.array(
      fc.tuple(
        fc.constantFrom("a", "b", "c", "d", "e"),
        fc.constantFrom("2017", "2018", "2018-08", "2018-08-06"),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, fc.boolean(), (pairs, idOrder) => {
        const events = pairs.map(([id, date], i) => ({ ...event(id, date), title: String(i) }));
        if (idOrder) events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const titles = (list: readonly EvidenceEvent[]) => list.map((e) => e.title);
        const expected = titles([...events].sort(byDateThenId));
        expect(titles(compileEvidence(evidenceFrom({ events })).events.rows())).toEqual(expected);
      }),
    );
  });
});
