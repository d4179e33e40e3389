import { describe, expect, it } from "vitest";
import { compileStatements, defaultComparePair } from "../../../loaders/compile/statements.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import { actor, date, event, evidenceOf, source, statement } from "./rows.ts";

const evidence = evidenceOf({
  sources: [source("s1", { url: "https://example.org/s1" })],
  actors: [actor("firm"), actor("spokes", "person", { name: "A. Spokesperson" }), actor("bank", "bank")],
  events: [
    event("report", { date: date("2018-08-06"), title: "The report" }),
    event("earlier", { date: date("2018-07"), title: "Earlier" }),
  ],
  statements: [
    statement("late", "spokes", "Like many companies, we talk to banks.", {
      date: date("2018-09-18"),
      onBehalfOf: "firm",
      respondsTo: "report",
      medium: "statement",
      notes: "Ellipsis as printed.",
    }),
    statement("early", "spokes", "Like many companies, we partner with banks.", {
      onBehalfOf: "firm",
      respondsTo: "report",
    }),
    statement("bank-answer", "bank", "We share nothing.", { respondsTo: "earlier" }),
    statement("aside", "bank", "Unrelated words entirely.", { date: date("2018") }),
  ],
});

describe("compileStatements(evidence)", () => {
  it("groups statements by the event they answer, events by date, then the unanswered", () => {
    const { groups } = compileStatements(evidence);
    expect(groups.map((g) => [g.event?.id, g.statements.map((s) => s.id)])).toEqual([
      ["earlier", ["bank-answer"]],
      ["report", ["early", "late"]],
      [undefined, ["aside"]],
    ]);
  });

  it("keeps the text exactly as in the data and names speaker, party, medium, sources and notes", () => {
    const late = compileStatements(evidence).statements.find((s) => s.id === "late");
    expect(late).toMatchObject({
      text: "Like many companies, we talk to banks.",
      speaker: { id: "spokes", name: "A. Spokesperson" },
      onBehalfOf: { id: "firm", name: "Name firm" },
      medium: "statement",
      respondsTo: { id: "report", title: "The report" },
      sources: [{ id: "s1", url: "https://example.org/s1" }],
      notes: "Ellipsis as printed.",
    });
  });

  it("lists every statement once, by date then id", () => {
    expect(compileStatements(evidence).statements.map((s) => s.id)).toEqual([
      "aside",
      "bank-answer",
      "early",
      "late",
    ]);
  });

  it("is empty, with no default pair, for evidence without statements", () => {
    expect(compileStatements(evidenceOf({}))).toEqual({ groups: [], statements: [] });
  });
});

describe("defaultComparePair(statements)", () => {
  it("picks the two statements of one party with the most words in common", () => {
    expect(defaultComparePair(evidence.statements)).toEqual(["early", "late"]);
  });

  it("falls back to the first two statements when no party has two alike", () => {
    const two = [
      statement("b", "x", "one thing", { date: date("2019") }),
      statement("a", "y", "one thing else"),
    ];
    expect(defaultComparePair(two)).toEqual(["a", "b"]);
  });

  it("has no pair for fewer than two statements", () => {
    expect(defaultComparePair([statement("a", "x", "alone")])).toBeUndefined();
  });

  it("pairs two statements of Facebook's in the real evidence", () => {
    const evidence = loadEvidence("data");
    const pair = defaultComparePair(evidence.statements);
    const party = (id: string | undefined) => {
      const s = evidence.statements.find((x) => x.id === id);
      return s?.onBehalfOf ?? s?.speaker;
    };
    expect(pair).toHaveLength(2);
    expect(party(pair?.[0])).toBe(party(pair?.[1]));
  });
});
