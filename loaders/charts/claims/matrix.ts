// The claims matrix as a static chart for embeds and downloads: topics × parties, one symbol per
// stance (shape and colour; the legend names them), silent cells left empty. On the statements
// page the same matrix is an HTML table whose cells open the quotes (id chart-claims-matrix).
import type { TopLevelSpec } from "vega-lite";
import { type CellState, compileClaimsMatrix } from "../../compile/claims-matrix.ts";
import type { Evidence } from "../../model.ts";
import { baseConfig, builtChart, emptyChart, schemaUrl } from "../scale/common.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";

export const claimsMatrixChartId = "claims-matrix";

type ShownState = Exclude<CellState, "silent">;
const states: ShownState[] = ["asserts", "denies", "qualifies", "conflicting"];
/** A filled diagonal cross for "denies", like the ✘ the page shows (vega's "cross" is upright). */
const saltire =
  "M-1,-0.65L-0.65,-1L0,-0.35L0.65,-1L1,-0.65L0.35,0L1,0.65L0.65,1L0,0.35L-0.65,1L-1,0.65L-0.35,0Z";
const shapes = ["circle", saltire, "diamond", "triangle-up"];
/** Okabe–Ito hues with 3:1 contrast or more against both the light and the dark page. */
const colours = ["#3b78c4", "#d55e00", "#a67c00", "#9b59c6"];

export async function buildClaimsMatrixChart(evidence: Evidence): Promise<BuiltChart> {
  const title = "Who asserts, denies or qualifies what";
  const matrix = compileClaimsMatrix(evidence);
  if (!matrix.rows.length) return emptyChart(claimsMatrixChartId, title, "The evidence has no claims yet.");
  const names = new Map(matrix.parties.map((p) => [p.id, p.name]));
  const labels = new Map(matrix.topics.map((t) => [t.id, t.label]));
  const cells = matrix.rows.flatMap((r) => r.cells.filter((c) => c.state !== "silent"));
  const rows = cells.map((c) => ({
    topic: labels.get(c.topic) ?? c.topic,
    party: names.get(c.party) ?? c.party,
    stance: c.state,
    stances: c.stances.join(", "),
    claims: c.claims.length,
  }));
  const count = (state: ShownState) => cells.filter((c) => c.state === state).length;
  const conflicts = matrix.conflicts.map(
    (c) => `${names.get(c.party) ?? c.party} on ${(labels.get(c.topic) ?? c.topic).toLowerCase()}`,
  );
  const takeaway = conflicts.length
    ? `Conflicting stances: ${conflicts.join("; ")}.`
    : "No party takes more than one stance on a topic.";
  const spec: TopLevelSpec = {
    $schema: schemaUrl,
    config: {
      ...baseConfig(),
      axis: {
        labelColor: "currentColor",
        labelFontSize: 12,
        domain: false,
        ticks: false,
        grid: true,
        gridColor: "#8a8a8a",
        gridOpacity: 0.35,
      },
      legend: {
        labelColor: "currentColor",
        labelFontSize: 12,
        orient: "bottom",
        title: null,
        direction: "horizontal",
      },
    },
    width: { step: 44 },
    height: { step: 30 },
    // Copies: vega tags the objects it is given, and the rows are also the chart's downloads.
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: "point", filled: true, size: 170, opacity: 1 },
    encoding: {
      x: {
        field: "party",
        type: "nominal",
        sort: matrix.parties.map((p) => p.name),
        scale: { domain: matrix.parties.map((p) => p.name) },
        title: null,
        axis: { orient: "top", labelAngle: -40, labelAlign: "left", labelLimit: 220 },
      },
      y: {
        field: "topic",
        type: "nominal",
        sort: matrix.topics.map((t) => t.label),
        scale: { domain: matrix.topics.map((t) => t.label) },
        title: null,
        axis: { labelLimit: 260 },
      },
      shape: { field: "stance", type: "nominal", scale: { domain: states, range: shapes } },
      color: { field: "stance", type: "nominal", scale: { domain: states, range: colours } },
    },
  };
  return builtChart(
    {
      id: claimsMatrixChartId,
      title,
      takeaway,
      description: `Dot matrix of ${matrix.topics.length} topics by ${matrix.parties.length} parties: ${states.map((s) => `${count(s)} ${s}`).join(", ")}; every other cell is silent. ${takeaway}`,
      spec,
      rows,
      table: {
        caption: "Stance of each party on each topic (silent cells left out)",
        columns: [
          { label: "Topic" },
          { label: "Party" },
          { label: "Stance" },
          { label: "Claims", numeric: true },
        ],
        rows: rows.map((r) => [
          r.topic,
          r.party,
          r.stance === "conflicting" ? `conflicting (${r.stances})` : r.stance,
          String(r.claims),
        ]),
      },
      sources: [...new Set(evidence.claims.flatMap((c) => c.sources))],
    },
    evidence,
  );
}

export const claimsMatrixChart: ChartDefinition = {
  id: claimsMatrixChartId,
  page: "/statements",
  description:
    "Claims by topic and party: who asserts, denies or qualifies what, and where one party takes conflicting stances.",
  needs: ["claims", "actors", "statements", "sources"],
  build: buildClaimsMatrixChart,
};
