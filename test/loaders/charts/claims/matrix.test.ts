import { describe, expect, it } from "vitest";
import { buildClaimsMatrixChart } from "../../../../loaders/charts/claims/matrix.ts";
import { loadEvidence } from "../../../../loaders/evidence.ts";
import { actor, claim, evidenceOf, statement } from "../../compile/rows.ts";

const evidence = evidenceOf({
  actors: [actor("paper", "publication", { name: "The Paper" }), actor("firm", "company", { name: "Firm" })],
  statements: [statement("st", "firm", "We deny it.")],
  claims: [
    claim("a", "use-for-ads", "paper", "asserts"),
    claim("b", "use-for-ads", "firm", "denies", { statement: "st" }),
    claim("c", "use-for-ads", "firm", "asserts"),
    claim("d", "data-sharing", "firm", "qualifies"),
  ],
});

describe("buildClaimsMatrixChart(evidence)", () => {
  it("has one data row per cell with claims, none for silent cells", async () => {
    const chart = await buildClaimsMatrixChart(evidence);
    expect(chart.rows).toEqual([
      { topic: "Use for ads", party: "The Paper", stance: "asserts", stances: "asserts", claims: 1 },
      { topic: "Use for ads", party: "Firm", stance: "conflicting", stances: "asserts, denies", claims: 2 },
      { topic: "Data sharing", party: "Firm", stance: "qualifies", stances: "qualifies", claims: 1 },
    ]);
  });

  it("names the conflicting cells in its takeaway and its table", async () => {
    const chart = await buildClaimsMatrixChart(evidence);
    expect(chart.takeaway).toBe("Conflicting stances: Firm on “Use for ads”.");
    expect(chart.table.rows).toContainEqual(["Use for ads", "Firm", "conflicting (asserts, denies)", "2"]);
  });

  it("draws each stance with its own shape and colour, so colour is not the only cue", async () => {
    const { spec } = await buildClaimsMatrixChart(evidence);
    const encoding = (
      spec as { encoding: Record<string, { scale?: { domain?: string[]; range?: string[] } }> }
    ).encoding;
    const shapes = encoding.shape?.scale?.range ?? [];
    expect(encoding.shape?.scale?.domain).toEqual(["asserts", "denies", "qualifies", "conflicting"]);
    expect(new Set(shapes).size).toBe(4);
    expect(new Set(encoding.color?.scale?.range).size).toBe(4);
  });

  it("renders an SVG with a mark per cell with claims", async () => {
    const chart = await buildClaimsMatrixChart(evidence);
    expect(chart.svg).toMatch(/^<svg/);
    expect(
      chart.svg.match(/<path[^>]*class="[^"]*"|role="graphics-symbol"/g)?.length ??
        chart.svg.split("<path").length - 1,
    ).toBeGreaterThan(3);
  });

  it("is an empty chart, saying why, for evidence without claims", async () => {
    const chart = await buildClaimsMatrixChart(loadEvidence("test/fixtures/evidence/empty"));
    expect(chart.empty).toBe(true);
    expect(chart.takeaway).toBe("The evidence has no claims yet.");
  });
});
