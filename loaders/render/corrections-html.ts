// Corrections where readers meet them: "Corrected <date>: what changed" on the corrected row,
// linked to its entry on the page that lists every correction, and that list, newest first.
import { escapeHtml } from "../../src/shared/html.ts";
import type { CorrectionEntry } from "../compile/corrections.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import type { Correction } from "../model.ts";
import { t } from "../site/locale.ts";
import type { Citations } from "./citations.ts";
import { anchor, dateHtml, linkHtml, maybeLinkHtml, type PageLinks } from "./evidence-html.ts";

/** A row's corrections, newest first, each "Corrected <date>: text"; "" for a row never corrected. */
export function correctedHtml(corrections: readonly Correction[], to: PageLinks): string {
  return corrections
    .map((c) => {
      const label = escapeHtml(t("correction.label", { date: formatPartialDate(c.date) }));
      const entry = to.correction(c.id);
      const all = entry ? ` ${linkHtml(entry, escapeHtml(t("correction.all")), "correction-link")}` : "";
      return `<p class="correction"><strong class="correction-label">${label}</strong> <span dir="auto">${escapeHtml(c.text)}</span>${all}</p>`;
    })
    .join("");
}

/** The row a correction names, as a reader knows it, and where it is shown (if anywhere). */
export interface CorrectedRow {
  label: string;
  href?: string;
}

/** Every correction, newest first: date, the row it corrects, what changed, sources and notes. */
export function correctionsListHtml(
  entries: readonly CorrectionEntry[],
  row: (entry: CorrectionEntry) => CorrectedRow,
  refs: Citations,
  sources: (ids: readonly string[]) => Parameters<Citations["cite"]>[0],
): string {
  if (!entries.length) return `<p class="empty">${escapeHtml(t("corrections.none"))}</p>`;
  const items = entries.map((entry) => {
    const c = entry.correction;
    const target = row(entry);
    return [
      `<li class="correction-entry" id="${escapeHtml(anchor("correction", c.id))}">`,
      `<p class="correction-head">${dateHtml(c.date)} · ${escapeHtml(t("corrections.of"))} ${maybeLinkHtml(target.href, `<span dir="auto">${escapeHtml(target.label)}</span>`)}</p>`,
      `<p class="correction-text" dir="auto">${escapeHtml(c.text)}</p>`,
      refs.cite(sources(c.sources)),
      c.notes
        ? `<p class="notes"><span class="notes-label">${escapeHtml(t("note.label"))}</span> ${escapeHtml(c.notes)}</p>`
        : "",
      "</li>",
    ].join("");
  });
  return `<ol class="corrections-list">${items.join("")}</ol>`;
}
