// The statements page's HTML blocks: the claims matrix, "reported vs said", the comparison of
// two statements and the full list of statements. Built at build time from compiled evidence;
// the browser only enhances it (src/components/statements.ts). The matrix and the comparison
// are in statements/; this module exports every block.

import { escapeHtml } from "../../src/shared/html.ts";
import type { ClaimsMatrix, MatrixCell, MatrixClaim, Party, Topic } from "../compile/claims-matrix.ts";
import { reportedVsSaid } from "../compile/claims-matrix.ts";
import type { StatementsDigest, StatementView } from "../compile/statements.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import { t, tHtml } from "../site/locale.ts";
import { quoteLinksHtml } from "./archive-html.ts";
import type { Citations } from "./citations.ts";
import { correctedHtml } from "./corrections-html.ts";
import {
  anchor,
  dataText,
  dateHtml,
  linkHtml,
  maybeLinkHtml,
  type PageLinks,
  partsNavHtml,
  quoteHtml,
  stanceHtml,
  visuallyHidden,
} from "./evidence-html.ts";
import type { Split } from "./evidence-pages.ts";
import { openClaimsLimit, openStatementsLimit } from "./limits.ts";
import { cellAnchor } from "./statements/matrix-html.ts";
import { optionLabel, speakerLine } from "./statements/speaker.ts";

export { compareEntries, compareHtml, diffSideHtml } from "./statements/compare-html.ts";
export {
  cellAnchor,
  claimsPartsNavHtml,
  conflictsHtml,
  legendHtml,
  matrixHtml,
} from "./statements/matrix-html.ts";

/** Where "the statement in full" leads: on one page `#<id>`; split, the statement's own page. */
export type StatementHref = (id: string) => string | undefined;
const onThisPage: StatementHref = (id) => `#${id}`;

function claimHtml(claim: MatrixClaim, to: PageLinks, refs: Citations, statementHref: StatementHref): string {
  const parts = [
    `<div class="claim" id="${escapeHtml(anchor("claim", claim.id))}">`,
    `<p class="claim-summary">${stanceHtml(claim.stance)} ${dataText(claim.summary)}</p>`,
  ];
  if (claim.statement) {
    const full = statementHref(claim.statement.id);
    parts.push(
      quoteHtml(claim.statement.id, claim.statement.text, claim.statement.context),
      `<p class="attribution">— ${escapeHtml(claim.statement.speaker.name)}, ${dateHtml(claim.statement.date)}${full ? ` · ${linkHtml(full, escapeHtml(t("claims.inFull")))}` : ""}</p>`,
      quoteLinksHtml(claim.statement.text, claim.statement.sources),
    );
  }
  if (claim.event)
    parts.push(
      `<p class="claim-event">${tHtml("claims.event", {
        event: maybeLinkHtml(to.event(claim.event.id), escapeHtml(claim.event.title)),
        date: dateHtml(claim.event.date),
      })}</p>`,
    );
  // The claim's own corrections, then those of the statement it quotes and the event it names.
  parts.push(
    refs.cite(claim.sources),
    correctedHtml(to.corrections("claims", claim.id), to),
    claim.statement ? correctedHtml(to.corrections("statements", claim.statement.id), to) : "",
    claim.event ? correctedHtml(to.corrections("events", claim.event.id), to) : "",
  );
  if (claim.notes)
    parts.push(
      `<p class="notes"><span class="notes-label">${escapeHtml(t("note.label"))}</span> ${dataText(claim.notes)}</p>`,
    );
  parts.push("</div>");
  return parts.join("");
}

const foldedClaimsShown = 2;

/**
 * How "reported vs said" shows its claims: in full (the default), or, when the claims are split
 * over pages (`claimsPage` gives a topic's page), as a count per answer linking to them.
 */
export interface AnswersOptions {
  claimsPage?: (topic: string) => string | undefined;
  statementHref?: StatementHref;
  /** Only these topics (one page of a split). */
  topics?: ReadonlySet<string>;
}

function claimsCountHtml(cell: MatrixCell, page: string | undefined): string {
  const words = t("claims.count", { count: cell.claims.length });
  const link = page
    ? linkHtml(
        `${page}#${cellAnchor(cell.topic, cell.party)}`,
        escapeHtml(t("claims.withQuotes", { claims: words })),
      )
    : escapeHtml(words);
  return `<p class="answer-claims">${link}</p>`;
}

function answerHtml(
  cell: MatrixCell,
  party: Party,
  topic: Topic,
  to: PageLinks,
  refs: Citations,
  fold: boolean,
  options: AnswersOptions,
): string {
  const shown = fold ? cell.claims.slice(0, foldedClaimsShown) : cell.claims;
  const rest = cell.claims.slice(shown.length);
  const stance = cell.state === "silent" ? "" : stanceHtml(cell.state);
  const claim = (c: MatrixClaim) => claimHtml(c, to, refs, options.statementHref ?? onThisPage);
  const body = options.claimsPage
    ? claimsCountHtml(cell, options.claimsPage(cell.topic))
    : [
        shown.map(claim).join(""),
        rest.length
          ? `<details class="more"><summary>${escapeHtml(t("claims.more", { count: rest.length }))}</summary>${rest.map(claim).join("")}</details>`
          : "",
      ].join("");
  return [
    `<div class="answer" id="${escapeHtml(cellAnchor(cell.topic, cell.party))}" data-answer data-label="${escapeHtml(t("claims.partyOn", { party: party.name, topic: topic.label }))}">`,
    `<h5 class="answer-party"><span class="answer-name">${escapeHtml(party.name)}</span> ${stance}${visuallyHidden(` ${t("claims.onTopic", { topic: topic.label })}`)}</h5>`,
    cell.conflicting
      ? `<p class="conflict-note">${stanceHtml("conflicting")} ${escapeHtml(t("claims.conflictNote", { party: party.name, stances: cell.stances.map((s) => t(`stance.${s}`)).join(", ") }))}</p>`
      : "",
    body,
    "</div>",
  ].join("");
}

/** Every topic's answers; claims cite through `refs`, whose list the caller places below. */
export function reportedVsSaidHtml(
  matrix: ClaimsMatrix,
  to: PageLinks,
  refs: Citations,
  options: AnswersOptions = {},
): string {
  if (!matrix.rows.length) return `<p class="empty">${escapeHtml(t("claims.chart.empty"))}</p>`;
  const parties = new Map(matrix.parties.map((p) => [p.id, p]));
  const fold =
    !options.topics &&
    matrix.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.claims.length, 0), 0) > openClaimsLimit;
  return reportedVsSaid(matrix)
    .filter(({ topic }) => !options.topics || options.topics.has(topic.id))
    .map(({ topic, reported, answers }) => {
      const column = (title: string, cells: MatrixCell[], empty: string) =>
        `<div class="rvs-column"><h4>${escapeHtml(title)}</h4>${
          cells.length
            ? cells
                .map((c) => answerHtml(c, parties.get(c.party) as Party, topic, to, refs, fold, options))
                .join("")
            : `<p class="empty">${escapeHtml(empty)}</p>`
        }</div>`;
      return [
        `<section class="topic" id="${escapeHtml(anchor("topic", topic.id))}">`,
        `<h3 dir="auto">${escapeHtml(topic.label)}</h3>`,
        `<div class="rvs">`,
        column(t("claims.reported"), reported, t("claims.nothingReported")),
        column(t("claims.said"), answers, t("claims.noAnswer")),
        "</div></section>",
      ].join("");
    })
    .join("\n");
}

function statementHtml(s: StatementView, to: PageLinks, refs: Citations, withEvent = false): string {
  const medium = s.medium ? ` · ${escapeHtml(s.medium)}` : "";
  const event =
    withEvent && s.respondsTo
      ? `<p class="responds">${tHtml("statements.respondsTo", {
          event: maybeLinkHtml(to.event(s.respondsTo.id), escapeHtml(s.respondsTo.title)),
          date: dateHtml(s.respondsTo.date),
        })}</p>`
      : "";
  const topics = s.topics.length
    ? `<p class="topics">${escapeHtml(t("statements.topics", { topics: s.topics.join(", ") }))}</p>`
    : "";
  return [
    `<article class="statement" id="${escapeHtml(s.id)}" aria-label="${escapeHtml(t("statements.by", { name: s.speaker.name, date: formatPartialDate(s.date) }))}">`,
    quoteHtml(s.id, s.text, s.context),
    `<p class="attribution">— ${speakerLine(s)}, ${dateHtml(s.date)}${medium}</p>`,
    correctedHtml(to.corrections("statements", s.id), to),
    refs.cite(s.sources),
    quoteLinksHtml(s.text, s.sources),
    s.notes
      ? `<p class="notes"><span class="notes-label">${escapeHtml(t("note.label"))}</span> ${dataText(s.notes)}</p>`
      : "",
    topics,
    event,
    "</article>",
  ].join("");
}

/** Every statement by the event it answers; each cites through `refs`, listed by the caller below. */
export function statementGroupsHtml(digest: StatementsDigest, to: PageLinks, refs: Citations): string {
  if (!digest.groups.length) return `<p class="empty">${escapeHtml(t("statements.empty"))}</p>`;
  const fold = digest.statements.length > openStatementsLimit;
  return digest.groups
    .map((group) => {
      const id = anchor("responds", group.event?.id ?? "none");
      const n = group.statements.length;
      const heading = group.event
        ? tHtml("statements.respondsTo", {
            event: maybeLinkHtml(to.event(group.event.id), escapeHtml(group.event.title)),
            date: `<span class="group-date">${dateHtml(group.event.date)}</span>`,
          })
        : escapeHtml(t("statements.notResponding"));
      const body = group.statements.map((s) => statementHtml(s, to, refs)).join("");
      if (!fold)
        return `<section class="statement-group"><h3 id="${escapeHtml(id)}">${heading}</h3>${body}</section>`;
      // Folded, the heading goes in the summary: text only, and no id (Framework would wrap a
      // heading with an id in a link), since nothing interactive may sit inside a summary.
      const eventLink = group.event ? to.event(group.event.id) : undefined;
      const title = group.event
        ? tHtml("statements.respondsTo", {
            event: escapeHtml(group.event.title),
            date: dateHtml(group.event.date),
          })
        : heading;
      return `<details class="statement-group" id="${escapeHtml(id)}"><summary><h3>${title} <span class="group-count">${escapeHtml(t("timeline.statements", { count: n }))}</span></h3></summary>${eventLink ? `<p class="group-event">${linkHtml(eventLink, escapeHtml(t("statements.eventOnTimeline")))}</p>` : ""}${body}</details>`;
    })
    .join("\n");
}

/** The statements of one page of a split list, in full, each with the event it answers. */
export function statementsPartHtml(
  statements: readonly StatementView[],
  to: PageLinks,
  refs: Citations,
): string {
  return `<div class="statement-list">${statements.map((s) => statementHtml(s, to, refs, true)).join("")}</div>`;
}

/**
 * The index of a split list: one line per statement (who, when, its first words), keeping the
 * statement's id as its anchor, linked to the statement in full on its page.
 */
export function statementsIndexHtml(digest: StatementsDigest, href: (id: string) => string): string {
  const items = digest.statements.map(
    (s) => `<li id="${escapeHtml(s.id)}">${linkHtml(href(s.id), escapeHtml(optionLabel(s)))}</li>`,
  );
  return `<ol class="statements-index">${items.join("")}</ol>`;
}

/** The numbered pages of split statements, each named by its first and last date. */
export function statementsPartsNavHtml(digest: StatementsDigest, split: Split, current?: number): string {
  const byId = new Map(digest.statements.map((s) => [s.id, s]));
  const date = (id: string | undefined) => {
    const s = id ? byId.get(id) : undefined;
    return s ? formatPartialDate(s.date) : "";
  };
  const parts = split.parts.map((ids, i) => {
    const [first, last] = [date(ids[0]), date(ids.at(-1))];
    return {
      path: split.paths[i] as string,
      name: t("statements.partName", {
        dates: first === last ? first : t("timeline.span", { from: first, to: last }),
        statements: t("timeline.statements", { count: ids.length }),
      }),
    };
  });
  return partsNavHtml(t("nav.statementPages"), parts, current);
}
