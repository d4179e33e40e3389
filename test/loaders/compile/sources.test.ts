import { describe, expect, it } from "vitest";
import { compileSources, sourceRefs } from "../../../loaders/compile/sources.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import { claim, date, event, evidenceOf, figure, source, statement } from "./rows.ts";

const evidence = evidenceOf({
  sources: [
    source("wire", { outlet: "Wire", published: date("2018-08-07") }),
    source("paper", { outlet: "paper", url: "https://example.org/p", published: date("2018-08-06") }),
    source("orphan", { outlet: "Blog" }),
    source("wire-early", { outlet: "Wire", published: date("2018-08") }),
    source("wire-undated", { outlet: "Wire" }),
  ],
  events: [event("e1", { title: "Something happened", sources: ["paper", "wire"] })],
  statements: [statement("st1", "x", "We said this.", { sources: ["paper"] })],
  claims: [claim("c1", "t", "x", "asserts", { summary: "X asserts t.", sources: ["paper", "paper"] })],
  figures: [figure("f1", { subject: "People counted", sources: ["wire"] })],
});

describe("compileSources(evidence)", () => {
  it("lists for each source every event, statement, claim and figure that cites it", () => {
    const paper = compileSources(evidence).entries.find((e) => e.source.id === "paper");
    expect(paper?.citedBy).toEqual({
      events: [{ table: "events", id: "e1", label: "Something happened" }],
      statements: [{ table: "statements", id: "st1", label: "We said this." }],
      claims: [{ table: "claims", id: "c1", label: "X asserts t." }],
      figures: [],
      annotations: [],
      corrections: [],
    });
    expect(paper?.citations).toBe(3);
  });

  it("counts a source cited only by an annotation (a key moment) as cited, as data:check does", () => {
    const withMoment = {
      ...evidence,
      annotations: [{ id: "m1", target: "e1", label: "A key moment", sources: ["orphan"], extra: {} }],
    };
    const digest = compileSources(withMoment);
    expect(digest.uncited).not.toContain("orphan");
    expect(digest.entries.find((e) => e.source.id === "orphan")?.citedBy.annotations).toEqual([
      { table: "annotations", id: "m1", label: "A key moment" },
    ]);
  });

  it("counts a row that cites one source twice as one backlink", () => {
    const paper = compileSources(evidence).entries.find((e) => e.source.id === "paper");
    expect(paper?.citedBy.claims).toHaveLength(1);
  });

  it("lists a source nothing cites as uncited, with no backlinks", () => {
    const digest = compileSources(evidence);
    expect(digest.uncited).toEqual(["orphan", "wire-early", "wire-undated"]);
    expect(digest.entries.find((e) => e.source.id === "orphan")?.citations).toBe(0);
  });

  it("orders sources by outlet ignoring case, then by date published (undated last), then id", () => {
    expect(compileSources(evidence).entries.map((e) => e.source.id)).toEqual([
      "orphan",
      "paper",
      "wire-early",
      "wire",
      "wire-undated",
    ]);
  });

  it("gives an empty digest for evidence without sources", () => {
    expect(compileSources(evidenceOf({ sources: [] }))).toEqual({ entries: [], uncited: [] });
  });

  it("finds every source of the real evidence cited, as data:check does", () => {
    expect(compileSources(loadEvidence("data")).uncited).toEqual([]);
  });

  it("finds the uncited source of the uncited-source fixture", () => {
    expect(compileSources(loadEvidence("test/fixtures/evidence/uncited-source")).uncited).toEqual([
      "example-unused",
    ]);
  });
});

describe("sourceRefs(evidence)(ids)", () => {
  it("returns outlet, title, link and date for each id, in the order given", () => {
    expect(sourceRefs(evidence)(["paper", "orphan"])).toEqual([
      {
        id: "paper",
        outlet: "paper",
        title: "Title paper",
        url: "https://example.org/p",
        published: date("2018-08-06"),
      },
      { id: "orphan", outlet: "Blog", title: "Title orphan" },
    ]);
  });
});
