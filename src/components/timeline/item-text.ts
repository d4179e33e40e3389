// What the cursor says for a mark, and what the card says while an item's entry is not here:
// read from the item's entry in the list when it is on the page, never fetched for a label.
import { isoDay, yearOf } from "../../shared/timeline/days.js";
import type { ViewItem } from "../../shared/timeline/view.js";
import { el } from "../el.js";
import { pageLocale } from "../locale.js";
import type { Entries } from "./entries.js";

function clean(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** "3 of 120. 6 Aug 2018. Title. confirmed · report. Actors: …" for the mark at `position`. */
export function markLabel(
  item: ViewItem | undefined,
  position: number,
  total: number,
  entries: Entries,
): string {
  const { t, day } = pageLocale();
  if (!item) return t("live.timelineNoItems");
  const entry = entries.get(item.id, yearOf(item), false);
  const where = t("live.timelinePosition", { position: position + 1, total });
  if (!entry) return `${where}: ${day(isoDay(item.start))}, ${item.id}`;
  const part = (selector: string) => clean(entry.querySelector(selector)?.textContent);
  return [where, part(".tl-when"), part(".tl-title"), part(".tl-what"), part(".tl-actors")]
    .filter(Boolean)
    .join(". ");
}

/** What the card says while an item's year page loads, or if it cannot be loaded. */
export function cardFallback(item: ViewItem, entries: Entries): string | Node {
  const year = yearOf(item);
  const state = entries.state(item.id, year);
  const url = entries.yearUrl(year);
  const { t, day } = pageLocale();
  const date = day(isoDay(item.start));
  if (state === "loading") return t("live.timelineLoading", { date });
  if (state === "failed" && url)
    return el(
      "p",
      {},
      `${t("live.timelineFailed", { date })} `,
      el("a", { href: `${url}#${item.id}` }, t("live.timelineYearPage", { year })),
    );
  return item.id;
}
