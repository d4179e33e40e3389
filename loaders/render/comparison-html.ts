// The banks page's table: one row per bank, every fact with its source, rows addressable as
// /banks#<bank-id> and events linked to /timeline#<event-id>. Sortable in the browser through
// data-sort-* attributes (src/components/sortable-table.ts); complete without it.
import {
  type BankEvent,
  type BankRow,
  BankStatus,
  type BanksDigest,
  type CustomerFigure,
} from "../compile/banks.ts";
import type { SourceRef } from "../compile/sources.ts";
import type { StatementView } from "../compile/statements.ts";
import { formatQuantity } from "../format/number.ts";
import {
  attr,
  dateHtml,
  foldedListHtml,
  maybeLinkHtml,
  type PageLinks,
  quoteHtml,
  sourceLinkHtml,
  sourcesLineHtml,
  text,
} from "./evidence-html.ts";

/**
 * A cell shows its first `visible` items and folds the rest, up to `max`; beyond that it says how
 * many more the timeline (or the statements page) has. Real investigations stay under `visible`;
 * the limits keep a table of 10,000 events light enough to read and to check.
 */
export const listLimits = { visible: 5, max: 10, events: 20 } as const;

function more(to: PageLinks, page: "timeline" | "statements" | "evidence") {
  return (left: number) =>
    `… and ${left.toLocaleString("en-US")} more${page === "evidence" || !to.has(page) ? " in the evidence" : ` on the ${page} page`}.`;
}

function folded(
  items: readonly string[],
  to: PageLinks,
  page: "timeline" | "statements" | "evidence",
): string {
  return foldedListHtml(items, { visible: listLimits.visible, max: listLimits.max, rest: more(to, page) });
}

export const statusLabels: Record<BankStatus, string> = {
  "pulled-out": "Pulled out",
  responded: "Responded in public",
  "no-statement": "Response recorded, no statement quoted",
  unknown: "Unknown",
};

const statusRank = Object.keys(BankStatus) as BankStatus[];

function eventStatusHtml(status: string): string {
  return `<span class="status-badge status-${attr(status)}">${text(status)}</span>`;
}

function eventItemHtml(event: BankEvent, to: PageLinks, withSources = true): string {
  return `${maybeLinkHtml(to.event(event.id), text(event.title))} <span class="event-meta">(${dateHtml(event.date)}, ${eventStatusHtml(event.status)})</span>${withSources ? sourcesLineHtml(event.sources, to) : ""}`;
}

/** Sources on one line while they are few; past that, listed and folded like any long cell. */
function sourcesHtml(sources: readonly SourceRef[], to: PageLinks, label?: string): string {
  if (sources.length <= listLimits.visible * 2) return sourcesLineHtml(sources, to, label);
  const n = sources.length.toLocaleString("en-US");
  return `${label ? `<p class="cites"><span class="cites-label">${text(label)}</span> ${n} sources:</p>` : ""}${folded(
    sources.map((s) => sourceLinkHtml(s, to)),
    to,
    "evidence",
  )}`;
}

function contactedHtml(bank: BankRow, to: PageLinks): string {
  const n = bank.contactedPer.length;
  if (!n) return `<p>No contact in the evidence.</p>`;
  const head = `<p>Yes, per ${n.toLocaleString("en-US")} ${n === 1 ? "source" : "sources"}:</p>`;
  return `${head}${sourcesHtml(bank.contactedPer, to)}`;
}

function askedHtml(bank: BankRow, to: PageLinks): string {
  if (!bank.requests.length) return `<p>Nothing in the evidence.</p>`;
  return folded(
    bank.requests.map((r) => eventItemHtml(r, to)),
    to,
    "timeline",
  );
}

function statusHtml(bank: BankRow, to: PageLinks): string {
  const label = `<p class="bank-status bank-status-${bank.status}"><strong>${text(statusLabels[bank.status])}</strong></p>`;
  // "Responded" rests on the statements quoted in the next column: cite their sources here too.
  const said =
    bank.status === "responded"
      ? sourcesHtml(
          [...new Map(bank.statements.flatMap((s) => s.sources).map((r) => [r.id, r])).values()],
          to,
          "Per",
        )
      : "";
  if (!bank.statusEvents.length) return `${label}${said}`;
  const intro = bank.status === "responded" ? "Also on record:" : "Per:";
  return `${label}${said}<p class="cell-intro">${intro}</p>${folded(
    bank.statusEvents.map((e) => eventItemHtml(e, to)),
    to,
    "timeline",
  )}`;
}

function statementHtml(s: StatementView, to: PageLinks): string {
  const who = s.speaker.id === (s.onBehalfOf?.id ?? s.speaker.id) ? "" : `${text(s.speaker.name)}, `;
  const medium = s.medium ? `, ${text(s.medium)}` : "";
  return `${quoteHtml(s.id, s.text)}<p class="attribution">— ${who}${dateHtml(s.date)}${medium}${to.statement(s.id) ? ` · ${maybeLinkHtml(to.statement(s.id), "on the statements page")}` : ""}</p>${sourcesLineHtml(s.sources, to)}`;
}

function responseHtml(bank: BankRow, to: PageLinks): string {
  if (!bank.statements.length) return `<p>No statement in the evidence.</p>`;
  return folded(
    bank.statements.map((s) => statementHtml(s, to)),
    to,
    "statements",
  );
}

function customerHtml(f: CustomerFigure, to: PageLinks): string {
  const asOf = f.asOf ? `as of ${dateHtml(f.asOf)}` : "no as-of date recorded";
  return `<strong>${text(formatQuantity(f.value, f.unit))}</strong> <span class="figure-subject">${text(f.subject)}, ${asOf}</span>${sourcesLineHtml(f.sources, to)}`;
}

function customersHtml(bank: BankRow, to: PageLinks): string {
  if (!bank.customers.length) return `<p>No figure in the evidence.</p>`;
  return folded(
    bank.customers.map((f) => customerHtml(f, to)),
    to,
    "evidence",
  );
}

function nameHtml(bank: BankRow, to: PageLinks): string {
  const n = bank.events.length;
  const list = foldedListHtml(
    bank.events.map((e) => eventItemHtml(e, to, false)),
    { visible: listLimits.events, max: listLimits.events, rest: more(to, "timeline") },
  );
  const events = n
    ? `<details class="bank-events"><summary>${n.toLocaleString("en-US")} ${n === 1 ? "event" : "events"}${to.has("timeline") ? " on the timeline" : ""}</summary>${list}</details>`
    : "";
  return `<th scope="row" class="bank-name"><span class="bank-title">${text(bank.name)}</span>${events}</th>`;
}

function rowHtml(bank: BankRow, to: PageLinks): string {
  const largest = bank.customers[0]?.value;
  return [
    `<tr id="${attr(bank.id)}" data-sort-name="${attr(bank.name)}" data-sort-contacted="${bank.contactedPer.length}" data-sort-status="${statusRank.indexOf(bank.status)}" data-sort-customers="${largest ?? ""}">`,
    nameHtml(bank, to),
    `<td>${contactedHtml(bank, to)}</td>`,
    `<td>${askedHtml(bank, to)}</td>`,
    `<td>${statusHtml(bank, to)}</td>`,
    `<td>${responseHtml(bank, to)}</td>`,
    `<td>${customersHtml(bank, to)}</td>`,
    "</tr>",
  ].join("");
}

export function banksTableHtml(digest: BanksDigest, to: PageLinks): string {
  if (!digest.banks.length)
    return `<p class="empty">The evidence has no actor of kind <code>bank</code>, so there is nothing to compare yet.</p>`;
  // A sortable header holds its label and an empty icon slot of fixed width from the build, so
  // the sort button the browser wraps around them changes no column's width (CLS 0).
  const th = (label: string, key?: string, type?: "text" | "number", sorted = false) =>
    key
      ? `<th scope="col" data-sort-key="${key}" data-sort-type="${type}"${sorted ? ' aria-sort="ascending"' : ""}><span class="sort-label">${text(label)}</span><span class="sort-icon" aria-hidden="true"></span></th>`
      : `<th scope="col">${text(label)}</th>`;
  return [
    `<div class="banks-wrap scroll-region" role="region" aria-labelledby="banks-caption" tabindex="0">`,
    `<table class="banks-table" data-sortable>`,
    `<caption id="banks-caption">${digest.banks.length} ${digest.banks.length === 1 ? "bank" : "banks"}: contact, requests, status, public response and customer base, each with its sources.</caption>`,
    `<thead><tr>${th("Bank", "name", "text", true)}${th("Contacted, per", "contacted", "number")}${th("Reportedly asked")}${th("Status", "status", "number")}${th("Public response")}${th("Customer base", "customers", "number")}</tr></thead>`,
    `<tbody>${digest.banks.map((b) => rowHtml(b, to)).join("")}</tbody>`,
    "</table></div>",
  ].join("");
}

export function statusKeyHtml(): string {
  const items = statusRank.map(
    (s) => `<li><strong>${text(statusLabels[s])}</strong>: ${text(BankStatus[s])}.</li>`,
  );
  return `<ul class="status-key">${items.join("")}</ul>`;
}

export function unattributedHtml(digest: BanksDigest, to: PageLinks): string {
  if (!digest.unattributedWithdrawals.length) return "";
  return `<div class="unattributed"><p>Reported withdrawals that name no bank. The evidence does not say which bank, and this table does not guess:</p><ul class="cell-list">${digest.unattributedWithdrawals.map((e) => `<li>${eventItemHtml(e, to)}</li>`).join("")}</ul></div>`;
}
