// The note a corrected row carries ("Corrected <date>: what changed", and a link to every
// correction), as plain data: the build serialises it (loaders/render/corrections-html.ts) and
// the browser creates it (src/components/correction-note.ts) from the same words, so the note
// reads and is marked up alike wherever it is shown.

/** An element, or text (escaped by whoever writes it). */
export type NoteNode =
  | string
  | { tag: "p" | "strong" | "span" | "a"; attrs: Record<string, string>; children: NoteNode[] };

/** One correction in the site's words, as the build writes them (and statements.json carries them). */
export interface CorrectionWords {
  /** "Corrected Aug 9, 2018:" */
  label: string;
  /** What was wrong and what changed, as corrections.csv gives it. */
  text: string;
  /** Its entry on the page that lists every correction, and the link's words ("all corrections"). */
  link?: { href: string; words: string };
}

export function correctionNote(words: CorrectionWords): NoteNode {
  const link: NoteNode[] = words.link
    ? [
        " ",
        {
          tag: "a",
          attrs: { href: words.link.href, class: "correction-link" },
          children: [words.link.words],
        },
      ]
    : [];
  return {
    tag: "p",
    attrs: { class: "correction" },
    children: [
      { tag: "strong", attrs: { class: "correction-label" }, children: [words.label] },
      " ",
      { tag: "span", attrs: { dir: "auto" }, children: [words.text] },
      ...link,
    ],
  };
}
