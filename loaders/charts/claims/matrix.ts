// The claims matrix as a static chart for embeds and downloads: topics × parties, one symbol per
// stance (shape and colour; the legend names them), silent cells left empty. On the statements
// page the same matrix is an HTML table whose cells open the quotes (id chart-claims-matrix).
import type { TopLevelSpec } from "vega-lite";
import { type CellState, compileClaimsMatrix } from "../../compile/claims-matrix.ts";
import type { Evidence } from "../../model.ts";
import { siteLocale, t } from "../../site/locale.ts";
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
  const title = t("claims.chart.title");
  const matrix = compileClaimsMatrix(evidence);
  if (!matrix.rows.length) return emptyChart(claimsMatrixChartId, title, t("claims.chart.empty"));
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
  const conflicts = matrix.conflicts.map((c) =>
    t("claims.partyOn", {
      party: names.get(c.party) ?? c.party,
      topic: labels.get(c.topic) ?? c.topic,
    }),
  );
  const takeaway = conflicts.length
    ? t("claims.chart.conflicts", { list: conflicts.join("; ") })
    : t("claims.chart.noConflicts");
  const shown = states.map((s) => t(`stance.${s}`));
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
    // The legend names each stance in the site's language; the rows keep the canonical word.
    data: { values: rows.map((r) => ({ ...r, shown: t(`stance.${r.stance as ShownState}`) })) },
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
      shape: { field: "shown", type: "nominal", scale: { domain: shown, range: shapes } },
      color: { field: "shown", type: "nominal", scale: { domain: shown, range: colours } },
    },
  };
  return builtChart(
    {
      id: claimsMatrixChartId,
      title,
      takeaway,
      description: t("claims.chart.description", {
        topics: matrix.topics.length,
        parties: matrix.parties.length,
        counts: states
          .map((s) => t("claims.chart.count", { count: count(s), stance: t(`stance.${s}`) }))
          .join(", "),
        takeaway,
      }),
      spec,
      rows,
      table: {
        caption: t("claims.chart.caption"),
        columns: [
          { label: t("claims.column.topic") },
          { label: t("claims.column.party") },
          { label: t("claims.column.stance") },
          { label: t("claims.column.claims"), numeric: true },
        ],
        rows: cells.map((c, i) => [
          rows[i]?.topic ?? "",
          rows[i]?.party ?? "",
          c.state === "conflicting"
            ? t("claims.chart.conflicting", {
                stance: t("stance.conflicting"),
                stances: c.stances.map((s) => t(`stance.${s}`)).join(", "),
              })
            : t(`stance.${c.state}`),
          siteLocale().number(c.claims.length, 0),
        ]),
      },
      sources: [...new Set(evidence.claims.flatMap((c) => c.sources))],
      drawn: { claims: evidence.claims },
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
