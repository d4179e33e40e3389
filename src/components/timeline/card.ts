// The card that shows one item's details beside its mark. Its content is a copy of the item's
// entry in the list (built and escaped at build time, on this page or its year's page), so the
// card and the list never disagree and no text from the data is turned into markup here.
import type { Direction } from "../../shared/locale/locale.js";
import { el } from "../el.js";
import { pageLocale } from "../locale.js";

/**
 * The card's left edge for a mark at `x`: after the mark in reading order (to its right, or to
 * its left right to left), kept 4 px inside the chart's `width`.
 */
export function cardLeft(x: number, cardWidth: number, width: number, dir: Direction): number {
  const after = dir === "rtl" ? x - 14 - cardWidth : x + 14;
  return Math.max(4, Math.min(after, width - cardWidth - 4));
}

export interface Card {
  element: HTMLElement;
  /** Shows `entry`'s content (else `fallback`) near (x, y), kept inside a box `width` × `height`. */
  show(
    entry: Element | null,
    fallback: string | Node,
    pinned: boolean,
    x: number,
    y: number,
    width: number,
    height: number,
  ): void;
  hide(): void;
}

export function createCard(onClose: () => void): Card {
  const { t, dir } = pageLocale();
  const body = el("div", { class: "tl-card-body" });
  const close = el(
    "button",
    { type: "button", class: "tl-card-close", "aria-label": t("live.cardClose") },
    "×",
  );
  close.addEventListener("click", onClose);
  const heading = el("p", { class: "tl-card-pinned" }, t("live.cardPinned"));
  const element = el(
    "section",
    { class: "tl-card", "aria-label": t("live.cardLabel"), hidden: "" },
    heading,
    close,
    body,
  );
  let current: string | Node | null = null;
  return {
    element,
    show(entry, fallback, pinned, x, y, width, height) {
      const content = entry ?? fallback;
      if (content !== current || !body.firstChild) {
        current = content;
        body.replaceChildren(
          ...(entry ? [...entry.children].map((child) => child.cloneNode(true)) : [fallback]),
        );
      }
      element.classList.toggle("tl-card-is-pinned", pinned);
      heading.hidden = !pinned;
      close.hidden = !pinned;
      element.hidden = false;
      const cardWidth = Math.min(340, width - 8);
      element.style.width = `${cardWidth}px`;
      element.style.left = `${cardLeft(x, cardWidth, width, dir)}px`;
      const cardHeight = element.offsetHeight;
      const below = y + 14;
      const top = below + cardHeight <= height || y - 14 - cardHeight < 0 ? below : y - 14 - cardHeight;
      element.style.top = `${Math.max(0, top)}px`;
    },
    hide() {
      element.hidden = true;
      current = null;
    },
  };
}
