// The evidence's history as a page: each commit (date, message, short hash) with the rows it
// added, removed and changed in each table, newest first. Ids link to their row where the site
// shows it; a changed cell reads `column: old → new`, cut where long. The most recent commits
// are given in full, older ones a line each, so the page stays light with any history. In a
// shallow clone the first commit it holds is shown as where the history begins.
import { escapeHtml } from "../../src/shared/html.ts";
import type { MessageKey } from "../../src/shared/locale/catalogue.ts";
import { diffCounts } from "../history/evidence-diff.ts";
import { cellExcerpts } from "../history/excerpt.ts";
import type { EvidenceCommit, EvidenceHistory } from "../history/history.ts";
import type { RowChange, RowRef, TableDiff } from "../history/table-diff.ts";
import { siteLocale, t } from "../site/locale.ts";

/** Commits given in full, and rows listed per table and commit, before the page sums up. */
export const changesLimits = { fullCommits: 100, rowsPerTable: 30 };

/** Where a row of a table is shown on the site, when it is (undefined: no link). */
export type RowLink = (file: string, id: string) => string | undefined;

function dateOf(commit: EvidenceCommit): string {
  const day = commit.date.slice(0, 10);
  return `<time datetime="${escapeHtml(commit.date)}">${escapeHtml(siteLocale().day(day))}</time>`;
}

/** "2 rows added and 1 row changed", in the site's language. */
export function countsText(tables: readonly TableDiff[]): string {
  const { added, removed, changed } = diffCounts(tables);
  const parts: [number, MessageKey][] = [
    [added, "changes.rowsAdded"],
    [removed, "changes.rowsRemoved"],
    [changed, "changes.rowsChanged"],
  ];
  return siteLocale().list(parts.filter(([n]) => n > 0).map(([count, key]) => t(key, { count })));
}

function rowName(table: TableDiff, row: RowRef, link: RowLink | undefined): string {
  if (!row.id) return escapeHtml(t("changes.noId", { line: row.line }));
  const code = `<code>${escapeHtml(row.id)}</code>`;
  const href = link?.(table.file, row.id);
  return href ? `<a href="${escapeHtml(href)}">${code}</a>` : code;
}

function valueHtml(value: string, tag: "del" | "ins"): string {
  return value === ""
    ? `<${tag} class="change-empty">${escapeHtml(t("changes.empty"))}</${tag}>`
    : `<${tag}>${escapeHtml(value)}</${tag}>`;
}

function cellsHtml(row: RowChange): string {
  const items = row.cells.map((cell) => {
    const [before, after] = cellExcerpts(cell.before, cell.after);
    return `<li><code>${escapeHtml(cell.column)}</code>: ${valueHtml(before, "del")} → ${valueHtml(after, "ins")}</li>`;
  });
  return `<ul class="change-cells">${items.join("")}</ul>`;
}

function tableHtml(table: TableDiff, link: RowLink): string {
  const head = `<h3>${escapeHtml(table.file)}</h3>`;
  if (table.unreadable) return `${head}<p>${escapeHtml(t("changes.unreadable"))}</p>`;
  const notes = [
    ...table.columnsRenamed.map((r) => t("changes.columnRenamed", { from: r.from, to: r.to })),
    ...table.columnsAdded.map((column) => t("changes.columnAdded", { column })),
    ...table.columnsRemoved.map((column) => t("changes.columnRemoved", { column })),
    ...(table.duplicateIds.length
      ? [t("changes.duplicates", { ids: siteLocale().list(table.duplicateIds) })]
      : []),
  ];
  const rows = [
    ...table.added.map(
      (row) =>
        `<li><span class="change-op">${escapeHtml(t("changes.added"))}</span> ${rowName(table, row, link)}</li>`,
    ),
    ...table.removed.map(
      (row) =>
        `<li><span class="change-op">${escapeHtml(t("changes.removed"))}</span> ${rowName(table, row, undefined)}</li>`,
    ),
    ...table.changed.map(
      (row) =>
        `<li><span class="change-op">${escapeHtml(t("changes.changed"))}</span> ${rowName(table, row, link)}${cellsHtml(row)}</li>`,
    ),
  ];
  const shown = rows.slice(0, changesLimits.rowsPerTable);
  const more = rows.length - shown.length;
  return [
    head,
    rows.length ? `<p>${escapeHtml(countsText([table]))}</p>` : "",
    ...notes.map((note) => `<p>${escapeHtml(note)}</p>`),
    shown.length ? `<ul class="change-rows">${shown.join("")}</ul>` : "",
    more ? `<p>${escapeHtml(t("changes.moreRows", { count: more }))}</p>` : "",
  ].join("");
}

/** The message's paragraphs; a line break inside one stays a line break. */
function bodyHtml(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p class="change-message">${paragraph.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("");
}

function commitHtml(commit: EvidenceCommit, link: RowLink): string {
  const short = commit.hash.slice(0, 7);
  const id = `commit-${short}`;
  // A shallow clone's first commit: where the history begins, not a commit that added every row.
  const rows = commit.shallowStart
    ? `<p class="change-begins">${escapeHtml(t("changes.begins"))}</p>`
    : commit.tables.map((table) => tableHtml(table, link)).join("");
  return `<section class="change" aria-labelledby="${id}"><h2 id="${id}">${dateOf(commit)}: ${escapeHtml(commit.subject)}</h2>${bodyHtml(commit.body)}<p class="change-commit">${escapeHtml(t("changes.commit", { hash: short }))}</p>${rows}</section>`;
}

function briefHtml(commit: EvidenceCommit): string {
  const tables = commit.shallowStart
    ? [t("changes.beginsBrief")]
    : commit.tables
        .map((table) => `${table.file}: ${countsText([table])}`)
        .filter((line) => !line.endsWith(": "));
  return `<li>${dateOf(commit)}: ${escapeHtml(commit.subject)} <span class="change-commit">(${escapeHtml(commit.hash.slice(0, 7))}; ${escapeHtml(tables.join("; "))})</span></li>`;
}

/** The whole history; `link` gives a row's address on the site, when it has one. */
export function changesHtml(history: EvidenceHistory | undefined, link: RowLink): string {
  if (!history) return `<p class="empty">${escapeHtml(t("changes.none"))}</p>`;
  if (!history.commits.length) return `<p class="empty">${escapeHtml(t("changes.noRows"))}</p>`;
  const full = history.commits.slice(0, changesLimits.fullCommits);
  const older = history.commits.slice(changesLimits.fullCommits);
  return [
    `<p>${escapeHtml(t("changes.intro"))}</p>`,
    ...full.map((commit) => commitHtml(commit, link)),
    older.length
      ? `<section class="change" aria-labelledby="older-commits"><h2 id="older-commits">${escapeHtml(t("changes.older", { count: older.length }))}</h2><ul class="change-brief">${older.map(briefHtml).join("")}</ul></section>`
      : "",
  ].join("");
}
