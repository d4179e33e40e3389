// The claims matrix: topics by parties, each cell how the party answered, with its legend,
// the list of conflicts and the page links of a matrix split over pages.
import { escapeHtml } from "../../../src/shared/html.ts";
import { claimsMatrixChartId } from "../../charts/claims/matrix.ts";
import type { ClaimsMatrix, MatrixCell, Party, Topic } from "../../compile/claims-matrix.ts";
import { t } from "../../site/locale.ts";
import { anchor, linkHtml, partsNavHtml, stanceHtml, stanceIcons, visuallyHidden } from "../evidence-html.ts";
import type { Split } from "../evidence-pages.ts";

/** Where a matrix cell leads: the party's answer on the topic in "reported vs said". */
export function cellAnchor(topic: string, party: string): string {
  return anchor("said", topic, party);
}

function cellHtml(cell: MatrixCell, topic: Topic, party: Party): string {
  if (cell.state === "silent")
    return `<td class="cell cell-silent"><span aria-hidden="true">${stanceIcons.silent}</span>${visuallyHidden("silent")}</td>`;
  const label =
    cell.state === "conflicting"
      ? `${stanceHtml("conflicting")}<span class="cell-stances">${escapeHtml(cell.stances.join(", "))}</span>`
      : stanceHtml(cell.state);
  const count = cell.claims.length > 1 ? `<span class="cell-count">${cell.claims.length} claims</span>` : "";
  const context = visuallyHidden(`: ${party.name} on ${topic.label.toLowerCase()}`);
  return `<td class="cell cell-${cell.state}"><a class="cell-link" href="#${escapeHtml(cellAnchor(cell.topic, cell.party))}" data-cell="${escapeHtml(cellAnchor(cell.topic, cell.party))}">${label}${context}${count}</a></td>`;
}

export function matrixHtml(matrix: ClaimsMatrix): string {
  if (!matrix.rows.length)
    return `<p class="empty">The evidence has no claims yet, so there is no matrix to show.</p>`;
  const party = (p: Party) =>
    `<th scope="col" class="party${p.reporting ? " party-reporting" : ""}">${escapeHtml(p.name)}${p.reporting ? ` <span class="party-role">reported</span>` : ""}</th>`;
  const rows = matrix.rows.map(
    ({ topic, cells }) =>
      `<tr><th scope="row" class="topic"><a href="#${escapeHtml(anchor("topic", topic.id))}">${escapeHtml(topic.label)}</a></th>${cells
        .map((cell, i) => cellHtml(cell, topic, matrix.parties[i] as Party))
        .join("")}</tr>`,
  );
  return [
    `<div class="matrix-wrap scroll-region" id="chart-${claimsMatrixChartId}" role="region" aria-labelledby="matrix-caption" tabindex="0">`,
    `<table class="claims-matrix">`,
    `<caption id="matrix-caption">Claims by topic (rows) and party (columns)</caption>`,
    `<thead><tr><th scope="col" class="topic">Topic</th>${matrix.parties.map(party).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody>`,
    "</table></div>",
  ].join("");
}

export function legendHtml(): string {
  const items = (["asserts", "denies", "qualifies", "conflicting"] as const).map(
    (s) => `<li>${stanceHtml(s)}</li>`,
  );
  return `<ul class="stance-legend" aria-label="Legend">${items.join("")}<li><span class="stance stance-silent"><span class="stance-icon" aria-hidden="true">${stanceIcons.silent}</span> silent (no claim in the evidence)</span></li></ul>`;
}

export function conflictsHtml(matrix: ClaimsMatrix): string {
  if (!matrix.conflicts.length) return "";
  const names = new Map(matrix.parties.map((p) => [p.id, p.name]));
  const labels = new Map(matrix.topics.map((t) => [t.id, t.label]));
  const items = matrix.conflicts.map(
    (c) =>
      `<li>${linkHtml(`#${cellAnchor(c.topic, c.party)}`, `${escapeHtml(names.get(c.party) ?? c.party)} on ${escapeHtml((labels.get(c.topic) ?? c.topic).toLowerCase())}`)}: ${escapeHtml(c.stances.join(" and "))}</li>`,
  );
  return `<div class="conflicts"><p><strong>Conflicting stances:</strong> one party, one topic, claims that take more than one stance. Check each against its quote.</p><ul>${items.join("")}</ul></div>`;
}

/** The numbered pages of split claims, each named by its topics. */
export function claimsPartsNavHtml(matrix: ClaimsMatrix, split: Split, current?: number): string {
  const rows = new Map(matrix.rows.map((r) => [r.topic.id, r]));
  const parts = split.parts.map((topics, i) => {
    const labels = topics.map((t) => rows.get(t)?.topic.label ?? t);
    const claims = topics.reduce(
      (n, t) => n + (rows.get(t)?.cells.reduce((m, c) => m + c.claims.length, 0) ?? 0),
      0,
    );
    const name = labels.length > 2 ? `${labels[0]} to ${labels.at(-1)}` : labels.join(" and ");
    return { path: split.paths[i] as string, name: `${name} (${claims.toLocaleString("en-US")} claims)` };
  });
  return partsNavHtml(t("nav.claimPages"), parts, current);
}
