import { describe, expect, it } from "vitest";
import {
  cellState,
  compileClaimsMatrix,
  reportedVsSaid,
  topicLabel,
} from "../../../loaders/compile/claims-matrix.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import { actor, claim, evidenceOf, source, statement } from "./rows.ts";

const evidence = evidenceOf({
  sources: [source("s1", { url: "https://example.org/a" }), source("s2")],
  actors: [actor("paper", "publication"), actor("firm"), actor("bank", "bank"), actor("tipster", "other")],
  statements: [
    statement("firm-says", "firm", "We never do that."),
    statement("bank-says", "bank", "No comment beyond this."),
  ],
  claims: [
    claim("paper-ads", "use-for-ads", "paper", "asserts"),
    claim("firm-ads-1", "use-for-ads", "firm", "denies", { statement: "firm-says", sources: ["s1", "s2"] }),
    claim("firm-ads-2", "use-for-ads", "firm", "asserts"),
    claim("bank-sharing", "data-sharing", "bank", "denies", { statement: "bank-says" }),
    claim("tip-sharing", "data-sharing", "tipster", "asserts"),
  ],
});

describe("compileClaimsMatrix(evidence)", () => {
  it("takes topics from the claims, in order of first appearance", () => {
    expect(compileClaimsMatrix(evidence).topics).toEqual([
      { id: "use-for-ads", label: "Use for ads" },
      { id: "data-sharing", label: "Data sharing" },
    ]);
  });

  it("takes parties from the claims, reporting parties first, each group in order of appearance", () => {
    expect(compileClaimsMatrix(evidence).parties.map((p) => [p.id, p.reporting])).toEqual([
      ["paper", true],
      ["tipster", true],
      ["firm", false],
      ["bank", false],
    ]);
  });

  it("counts a party with no statement of its own as reporting, whatever its kind", () => {
    const tipster = compileClaimsMatrix(evidence).parties.find((p) => p.id === "tipster");
    expect(tipster).toMatchObject({ kind: "other", reporting: true, name: "Name tipster" });
  });

  it("makes a cell silent where a party made no claim on a topic", () => {
    const [ads] = compileClaimsMatrix(evidence).rows;
    const bankOnAds = ads?.cells.find((c) => c.party === "bank");
    expect(bankOnAds).toEqual({
      topic: "use-for-ads",
      party: "bank",
      state: "silent",
      stances: [],
      conflicting: false,
      claims: [],
    });
  });

  it("gives a cell the stance of its claims when they agree", () => {
    const sharing = compileClaimsMatrix(evidence).rows[1];
    expect(sharing?.cells.find((c) => c.party === "bank")?.state).toBe("denies");
  });

  it("flags a cell where one party's claims on one topic take different stances", () => {
    const matrix = compileClaimsMatrix(evidence);
    const firmOnAds = matrix.rows[0]?.cells.find((c) => c.party === "firm");
    expect(firmOnAds).toMatchObject({
      state: "conflicting",
      conflicting: true,
      stances: ["asserts", "denies"],
    });
    expect(matrix.conflicts.map((c) => `${c.topic}/${c.party}`)).toEqual(["use-for-ads/firm"]);
  });

  it("carries each claim's quote verbatim and its sources with their links", () => {
    const firmOnAds = compileClaimsMatrix(evidence).rows[0]?.cells.find((c) => c.party === "firm");
    expect(firmOnAds?.claims[0]).toMatchObject({
      id: "firm-ads-1",
      stance: "denies",
      statement: { id: "firm-says", text: "We never do that.", speaker: { id: "firm", name: "Name firm" } },
      sources: [
        { id: "s1", outlet: "Outlet s1", url: "https://example.org/a" },
        { id: "s2", outlet: "Outlet s2" },
      ],
    });
  });

  it("has one cell per party in every row, in the order of the parties", () => {
    const matrix = compileClaimsMatrix(evidence);
    for (const row of matrix.rows)
      expect(row.cells.map((c) => c.party)).toEqual(matrix.parties.map((p) => p.id));
  });

  it("is empty, not broken, for evidence without claims", () => {
    expect(compileClaimsMatrix(evidenceOf({}))).toEqual({ topics: [], parties: [], rows: [], conflicts: [] });
  });

  it("compiles the real evidence: Facebook's denial of partnerships for ads is filed under use for ads, not partnerships", () => {
    const matrix = compileClaimsMatrix(loadEvidence("data"));
    const conflicts = matrix.conflicts.map((c) => `${c.topic}/${c.party}`);
    expect(conflicts).not.toContain("partnerships/facebook");
    expect(conflicts).toContain("use-for-ads/facebook");
    expect(matrix.parties.find((p) => p.id === "wall-street-journal")?.reporting).toBe(true);
  });
});

describe("cellState(claims)", () => {
  it("is silent for no claims, the stance for agreeing claims, conflicting otherwise", () => {
    expect(cellState([]).state).toBe("silent");
    expect(cellState([{ stance: "qualifies" }, { stance: "qualifies" }]).state).toBe("qualifies");
    expect(cellState([{ stance: "qualifies" }, { stance: "asserts" }])).toEqual({
      state: "conflicting",
      stances: ["asserts", "qualifies"],
    });
  });
});

describe("topicLabel(slug)", () => {
  it("turns a topic slug into words with a capital first letter", () => {
    expect(topicLabel("sale-to-third-parties")).toBe("Sale to third parties");
  });
});

describe("reportedVsSaid(matrix)", () => {
  it("puts the reporting parties' claims next to the other parties' answers, topic by topic, without silent cells", () => {
    const [ads, sharing] = reportedVsSaid(compileClaimsMatrix(evidence));
    expect(ads?.reported.map((c) => c.party)).toEqual(["paper"]);
    expect(ads?.answers.map((c) => c.party)).toEqual(["firm"]);
    expect(sharing?.reported.map((c) => c.party)).toEqual(["tipster"]);
    expect(sharing?.answers.map((c) => c.party)).toEqual(["bank"]);
  });
});
