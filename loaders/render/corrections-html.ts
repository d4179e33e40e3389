// Corrections where readers meet them: "Corrected <date>: what changed" on the corrected row,
// linked to its entry on the page that lists every correction, and that list, newest first.
import { type CorrectionWords, correctionNote, type NoteNode } from "../../src/shared/correction-note.ts";
import { escapeHtml } from "../../src/shared/html.ts";
import type { CorrectionEntry, NamedCorrections } from "../compile/corrections.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import type { Correction } from "../model.ts";
import { t } from "../site/locale.ts";
import type { Citations } from "./citations.ts";
import { anchor, dateHtml, maybeLinkHtml, type PageLinks } from "./evidence-html.ts";

/** Where a note's "all corrections" leads; an embed (in another site's page) has no link. */
export type CorrectionLinks = Pick<PageLinks, "correction">;
export const noCorrectionLinks: CorrectionLinks = { correction: () => undefined };

/** A correction in the site's words: the note's label, its text and its link (when the site lists corrections). */
export function correctionWords(c: Correction, to: CorrectionLinks): CorrectionWords {
  const entry = to.correction(c.id);
  return {
    label: t("correction.label", { date: formatPartialDate(c.date) }),
    text: c.text,
    ...(entry ? { link: { href: entry, words: t("correction.all") } } : {}),
  };
}

function noteHtml(node: NoteNode): string {
  if (typeof node === "string") return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  return `<${node.tag}${attrs}>${node.children.map(noteHtml).join("")}</${node.tag}>`;
}

/**
 * A row's corrections, newest first, each "Corrected <date>: text"; "" for a row never corrected.
 * The one renderer of the note at build time: every place that shows a row calls it (or
 * correctedRowsHtml); the browser builds the same note from the same words.
 */
export function correctedHtml(corrections: readonly Correction[], to: CorrectionLinks): string {
  return corrections.map((c) => noteHtml(correctionNote(correctionWords(c, to)))).join("");
}

/**
 * The corrected ones among rows shown together (a chart's figures, a key figure), each named and
 * followed by its notes; "" when none was corrected.
 */
export function correctedRowsHtml(rows: readonly NamedCorrections[], to: CorrectionLinks): string {
  const items = rows
    .filter((row) => row.corrections.length)
    .map(
      (row) =>
        `<li><span class="corrected-row" dir="auto">${escapeHtml(row.label)}</span>${correctedHtml(row.corrections, to)}</li>`,
    );
  return items.length ? `<ul class="corrected-rows">${items.join("")}</ul>` : "";
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
