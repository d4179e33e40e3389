// The claims matrix: topics by parties, each cell how the party answered, with its legend,
// the list of conflicts and the page links of a matrix split over pages.
import { escapeHtml } from "../../../src/shared/html.ts";
import { claimsMatrixChartId } from "../../charts/claims/matrix.ts";
import type { ClaimsMatrix, MatrixCell, Party, Topic } from "../../compile/claims-matrix.ts";
import { siteLocale, t } from "../../site/locale.ts";
import { anchor, linkHtml, partsNavHtml, stanceHtml, stanceIcons, visuallyHidden } from "../evidence-html.ts";
import type { Split } from "../evidence-pages.ts";

/** Where a matrix cell leads: the party's answer on the topic in "reported vs said". */
export function cellAnchor(topic: string, party: string): string {
  return anchor("said", topic, party);
}

function cellHtml(cell: MatrixCell, topic: Topic, party: Party): string {
  if (cell.state === "silent")
    return `<td class="cell cell-silent"><span aria-hidden="true">${stanceIcons.silent}</span>${visuallyHidden(t("stance.silent"))}</td>`;
  const label =
    cell.state === "conflicting"
      ? `${stanceHtml("conflicting")}<span class="cell-stances">${escapeHtml(cell.stances.map((s) => t(`stance.${s}`)).join(", "))}</span>`
      : stanceHtml(cell.state);
  const count =
    cell.claims.length > 1
      ? `<span class="cell-count">${escapeHtml(t("claims.count", { count: cell.claims.length }))}</span>`
      : "";
  const context = visuallyHidden(`: ${t("claims.partyOn", { party: party.name, topic: topic.label })}`);
  return `<td class="cell cell-${cell.state}"><a class="cell-link" href="#${escapeHtml(cellAnchor(cell.topic, cell.party))}" data-cell="${escapeHtml(cellAnchor(cell.topic, cell.party))}">${label}${context}${count}</a></td>`;
}

export function matrixHtml(matrix: ClaimsMatrix): string {
  if (!matrix.rows.length) return `<p class="empty">${escapeHtml(t("claims.noMatrix"))}</p>`;
  const party = (p: Party) =>
    `<th scope="col" class="party${p.reporting ? " party-reporting" : ""}">${escapeHtml(p.name)}${p.reporting ? ` <span class="party-role">${escapeHtml(t("claims.reportingParty"))}</span>` : ""}</th>`;
  const rows = matrix.rows.map(
    ({ topic, cells }) =>
      `<tr><th scope="row" class="topic"><a href="#${escapeHtml(anchor("topic", topic.id))}">${escapeHtml(topic.label)}</a></th>${cells
        .map((cell, i) => cellHtml(cell, topic, matrix.parties[i] as Party))
        .join("")}</tr>`,
  );
  return [
    `<div class="matrix-wrap scroll-region" id="chart-${claimsMatrixChartId}" role="region" aria-labelledby="matrix-caption" tabindex="0">`,
    `<table class="claims-matrix">`,
    `<caption id="matrix-caption">${escapeHtml(t("claims.caption"))}</caption>`,
    `<thead><tr><th scope="col" class="topic">${escapeHtml(t("claims.column.topic"))}</th>${matrix.parties.map(party).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody>`,
    "</table></div>",
  ].join("");
}

export function legendHtml(): string {
  const items = (["asserts", "denies", "qualifies", "conflicting"] as const).map(
    (s) => `<li>${stanceHtml(s)}</li>`,
  );
  const silent = escapeHtml(t("claims.silentKey", { silent: t("stance.silent") }));
  return `<ul class="stance-legend" aria-label="${escapeHtml(t("claims.legend"))}">${items.join("")}<li><span class="stance stance-silent"><span class="stance-icon" aria-hidden="true">${stanceIcons.silent}</span> ${silent}</span></li></ul>`;
}

export function conflictsHtml(matrix: ClaimsMatrix): string {
  if (!matrix.conflicts.length) return "";
  const names = new Map(matrix.parties.map((p) => [p.id, p.name]));
  const labels = new Map(matrix.topics.map((t) => [t.id, t.label]));
  const items = matrix.conflicts.map(
    (c) =>
      `<li>${linkHtml(`#${cellAnchor(c.topic, c.party)}`, escapeHtml(t("claims.partyOn", { party: names.get(c.party) ?? c.party, topic: labels.get(c.topic) ?? c.topic })))}: ${escapeHtml(siteLocale().list(c.stances.map((s) => t(`stance.${s}`))))}</li>`,
  );
  return `<div class="conflicts"><p><strong>${escapeHtml(t("claims.conflictsLabel"))}</strong> ${escapeHtml(t("claims.conflictsAbout"))}</p><ul>${items.join("")}</ul></div>`;
}

/** Topics named as a range past two ("A to D"), else as a list ("A and B"). */
export function topicsName(labels: readonly string[]): string {
  return labels.length > 2
    ? t("timeline.span", { from: labels[0] ?? "", to: labels.at(-1) ?? "" })
    : siteLocale().list(labels);
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
    const name = topicsName(labels);
    return {
      path: split.paths[i] as string,
      name: t("claims.partName", { name, claims: t("claims.count", { count: claims }) }),
    };
  });
  return partsNavHtml(t("nav.claimPages"), parts, current);
}
