// The comparison of two statements: a word diff of their texts, side by side, and the list of
// every statement the browser's comparison can choose from.

import type { CompareEntry } from "../../../src/shared/compare-entry.ts";
import { escapeHtml } from "../../../src/shared/html.ts";
import { type DiffPart, diffSides, diffWords } from "../../../src/shared/word-diff.ts";
import type { StatementsDigest, StatementView } from "../../compile/statements.ts";
import { formatPartialDate } from "../../format/partial-date.ts";
import { t, tHtml } from "../../site/locale.ts";
import { correctedHtml, correctionWords } from "../corrections-html.ts";
import { dateHtml, linkHtml, type PageLinks, visuallyHidden } from "../evidence-html.ts";

import { optionLabel, speakerLine, speakerName } from "./speaker.ts";

/** One side of a comparison: equal text plain, changes in <del> or <ins> with words for screen readers. */
export function diffSideHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      if (p.op === "equal") return escapeHtml(p.text);
      const tag = p.op === "delete" ? "del" : "ins";
      const word = t(p.op === "delete" ? "compare.deleted" : "compare.inserted");
      return `<${tag}>${visuallyHidden(`[${word} `)}${escapeHtml(p.text)}${visuallyHidden("]")}</${tag}>`;
    })
    .join("");
}

function compareSideHtml(
  side: "a" | "b",
  s: StatementView,
  parts: readonly DiffPart[],
  to: PageLinks,
): string {
  return [
    `<figure class="compare-side" data-side="${side}">`,
    `<figcaption class="compare-caption" data-caption="${side}"><span class="compare-letter">${escapeHtml(t(side === "a" ? "compare.first" : "compare.second"))}</span> <span data-caption-text>${speakerLine(s)}, ${dateHtml(s.date)}${s.medium ? ` · ${escapeHtml(s.medium)}` : ""} · ${linkHtml(`#${s.id}`, escapeHtml(t("compare.inFull")), "compare-full")}</span></figcaption>`,
    `<blockquote class="quote"><p class="quote-text diff-text" data-diff="${side}" data-statement="${escapeHtml(s.id)}">${diffSideHtml(parts)}</p></blockquote>`,
    // The statement's corrections; the browser replaces them with the chosen statement's.
    `<div class="compare-corrections" data-corrections="${side}">${correctedHtml(to.corrections("statements", s.id), to)}</div>`,
    "</figure>",
  ].join("");
}

/**
 * The comparison. With `split`, the statements are not on this page: the form lists only the
 * default pair and the browser loads every statement from statements.json to fill it.
 */
export function compareHtml(digest: StatementsDigest, to: PageLinks, { split = false } = {}): string {
  const [first, second] = digest.defaultPair ?? [];
  const byId = new Map(digest.statements.map((s) => [s.id, s]));
  const a = first ? byId.get(first) : undefined;
  const b = second ? byId.get(second) : undefined;
  if (!a || !b)
    return `<p class="empty">${escapeHtml(t("compare.tooFew", { count: digest.statements.length }))}</p>`;
  const { before, after } = diffSides(diffWords(a.text, b.text));
  const options = (selected: string) =>
    (split ? [a, b] : digest.statements)
      .map(
        (s) =>
          `<option value="${escapeHtml(s.id)}"${s.id === selected ? " selected" : ""}>${escapeHtml(optionLabel(s))}</option>`,
      )
      .join("");
  return [
    `<div class="compare" id="compare" data-default-a="${escapeHtml(a.id)}" data-default-b="${escapeHtml(b.id)}"${split ? " data-split" : ""}>`,
    `<form class="compare-form" method="get" action="#compare" hidden>`,
    `<div class="compare-field"><label for="compare-a">${escapeHtml(t("compare.firstStatement"))}</label><select id="compare-a" name="compare">${options(a.id)}</select></div>`,
    `<div class="compare-field"><label for="compare-b">${escapeHtml(t("compare.secondStatement"))}</label><select id="compare-b" name="with">${options(b.id)}</select></div>`,
    `<div class="compare-actions"><button type="button" class="compare-swap">${escapeHtml(t("compare.swap"))}</button> <button type="submit">${escapeHtml(t("compare.submit"))}</button></div>`,
    "</form>",
    `<p class="compare-status" role="status" data-compare-status>${escapeHtml(t("compare.status"))}</p>`,
    `<div class="compare-sides">${compareSideHtml("a", a, before, to)}${compareSideHtml("b", b, after, to)}</div>`,
    `<p class="diff-key">${tHtml("compare.key", {
      struck: `<del>${escapeHtml(t("compare.struck"))}</del>${visuallyHidden(` ${t("compare.means")}`)}`,
      underlined: `<ins>${escapeHtml(t("compare.underlined"))}</ins>${visuallyHidden(` ${t("compare.means")}`)}`,
    })}</p>`,
    "</div>",
  ].join("");
}

/** Every statement for the comparison's lists when the page does not hold them (statements.json). */
export function compareEntries(digest: StatementsDigest, to: PageLinks): CompareEntry[] {
  return digest.statements.map((s) => {
    const corrections = to.corrections("statements", s.id).map((c) => correctionWords(c, to));
    return {
      id: s.id,
      label: optionLabel(s),
      caption: `${speakerName(s)}, ${formatPartialDate(s.date)}${s.medium ? ` · ${s.medium}` : ""}`,
      href: to.statement(s.id) ?? `#${s.id}`,
      text: s.text,
      ...(corrections.length ? { corrections } : {}),
    };
  });
}
