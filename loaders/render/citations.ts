// Compact citations: a cell or an entry cites its sources as short numbers, each a link to the
// source's entry (on the sources page; without one, to the block's own list), and the block lists
// every source it cited once, below it (folded), numbered in the order first cited. Outlet, title
// and date are in that list, which each number names as its description; the browser shows them
// beside a number on hover and focus (src/components/citations.ts), read from the list as text.

import { escapeHtml } from "../../src/shared/html.ts";
import type { SourceRef } from "../compile/sources.ts";
import { t } from "../site/locale.ts";
import { correctedHtml } from "./corrections-html.ts";
import {
  anchor,
  archivedLinkHtml,
  dateHtml,
  externalLinkHtml,
  maybeLinkHtml,
  type PageLinks,
  visuallyHidden,
} from "./evidence-html.ts";

export interface Citations {
  /**
   * One cell's or entry's sources as numbers, ascending, each source once: "Sources: 1 3". A source
   * cited again anywhere in the block keeps its number. `label` "" leaves the label out; without
   * one it is the catalogue's "Source" or "Sources".
   */
  cite(sources: readonly SourceRef[], label?: string): string;
  /** The block's list of the sources cited so far; "" when it cited none. */
  listHtml(): string;
}

/** The anchor of a block's reference `n`, e.g. `ref--statements--3`; slugs never hold "--". */
export function referenceAnchor(block: string, n: number): string {
  return anchor("ref", block, String(n));
}

/** Outlet, title when one was recorded, date when one was: the words a reference stands for. */
function nameHtml(source: SourceRef, to: PageLinks): string {
  const outlet = maybeLinkHtml(to.source(source.id), escapeHtml(source.outlet));
  return [
    `<span class="ref-outlet">${outlet}</span>`,
    source.title ? `<cite class="ref-title" dir="auto">${escapeHtml(source.title)}</cite>` : "",
    source.published ? `<span class="ref-date">${dateHtml(source.published)}</span>` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** A new numbering for one block; `block` names it in anchors (unique on its page). */
export function citations(to: PageLinks, block: string): Citations {
  const numbers = new Map<string, number>();
  const cited: SourceRef[] = [];
  const numberOf = (source: SourceRef): number => {
    const known = numbers.get(source.id);
    if (known !== undefined) return known;
    const n = cited.push(source);
    numbers.set(source.id, n);
    return n;
  };
  const referenceHtml = (n: number): string => {
    const source = cited[n - 1] as SourceRef;
    const own = referenceAnchor(block, n);
    const href = to.source(source.id) ?? `#${own}`;
    const name = t("cite.ref", { n: String(n) });
    return `<a class="ref" href="${escapeHtml(href)}" aria-label="${escapeHtml(name)}" aria-describedby="${own}--name">${n}</a>`;
  };
  return {
    cite(sources, label) {
      if (!sources.length) return `<p class="cites">${escapeHtml(t("cite.none"))}</p>`;
      const shown = [...new Set(sources.map(numberOf))].sort((a, b) => a - b);
      const word = label ?? t(shown.length === 1 ? "cite.source" : "cite.sources");
      const head = word
        ? `<span class="cites-label">${escapeHtml(t("cite.label", { label: word }))}</span> `
        : "";
      return `<p class="cites">${head}<span class="refs">${shown.map(referenceHtml).join(" ")}</span></p>`;
    },
    listHtml() {
      if (!cited.length) return "";
      const items = cited.map((source, i) => {
        const own = referenceAnchor(block, i + 1);
        const original = externalLinkHtml(
          source.url,
          `${escapeHtml(t("cite.original"))}${visuallyHidden(t("cite.originalAt", { outlet: source.outlet }))}`,
        );
        const links = [original, archivedLinkHtml(source)].filter(Boolean);
        return `<li id="${own}"><span class="ref-name" id="${own}--name">${nameHtml(source, to)}</span>${links.length ? ` <span class="original">(${links.join(" · ")})</span>` : ""}${correctedHtml(to.corrections("sources", source.id), to)}</li>`;
      });
      // Folded: each number already links to its source's entry; the list is for reading them all.
      const summary = t("cite.list", { count: cited.length });
      return `<details class="references"><summary>${escapeHtml(summary)}</summary><ol class="reference-list">${items.join("")}</ol></details>`;
    },
  };
}

/** The page script that adds the popovers (one for the page, however many blocks ask). */
export function citationsScript(root: string): string {
  return `import {enhanceCitations} from "${root}components/citations.js";\nconst citationPopover = enhanceCitations(document);`;
}
