// The site search box (in every page's header): loaded when the reader first focuses it, the
// index fetched when they first type. Results are grouped by table, each with its date and a link
// to the row's anchor. Keyboard: ↓ from the box to the results, ↑/↓ between them, Escape back to
// the box and closed. A polite live region says how many rows match.
import MiniSearch, { type SearchResult } from "minisearch";
import {
  minQueryLength,
  type SearchDocument,
  searchIndexOptions,
  searchQueryOptions,
} from "../shared/search-options.js";
import { el } from "./el.js";
import { pageLocale } from "./locale.js";

/** The index file as Framework's FileAttachment gives it: an address and a loader. */
export interface IndexFile {
  href: string;
  json(): Promise<unknown>;
}

const groupLabels = {
  events: "live.searchEvents",
  statements: "live.searchStatements",
  claims: "live.searchClaims",
  figures: "live.searchFigures",
  sources: "live.searchSources",
  actors: "live.searchActors",
  annotations: "live.searchMoments",
} as const;

function groupLabel(table: string, shown: number, total: number): string {
  const { t } = pageLocale();
  const key = groupLabels[table as keyof typeof groupLabels];
  const label = key ? t(key) : table;
  return total > shown
    ? t("live.searchGroupOf", { label, shown, total })
    : t("live.searchGroup", { label, shown });
}

const maxResults = 60;
const searchDelayMs = 120;
const titleWords = 20;

/** A result's title as shown: its first words (a statement's title holds its whole quote). */
export function shortTitle(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  return words.length > titleWords ? `${words.slice(0, titleWords).join(" ")} …` : words.join(" ");
}
const perGroup = 8;

type Found = SearchResult & Pick<SearchDocument, "table" | "title" | "when" | "href">;

/** Results by table, the table with the best match first, each in the order of its matches. */
export function groupResults(results: readonly Found[]): [string, Found[]][] {
  const groups = new Map<string, Found[]>();
  for (const result of results.slice(0, maxResults)) {
    const group = groups.get(result.table) ?? [];
    group.push(result);
    groups.set(result.table, group);
  }
  return [...groups];
}

function resultsList(
  groups: [string, Found[]][],
  root: URL,
  countOf: (table: string) => number,
): HTMLElement {
  const list = el("div", { class: "site-search-groups" });
  for (const [table, found] of groups) {
    const labelId = `site-search-group-${table}`;
    const label = groupLabel(table, Math.min(found.length, perGroup), countOf(table));
    list.append(
      el("p", { class: "site-search-group", id: labelId }, label),
      el(
        "ul",
        { "aria-labelledby": labelId },
        ...found
          .slice(0, perGroup)
          .map((r) =>
            el(
              "li",
              {},
              el(
                "a",
                { href: new URL(r.href.slice(1), root).href },
                el("span", { class: "site-search-title" }, shortTitle(r.title)),
                ...(r.when ? [" ", el("span", { class: "site-search-when" }, r.when)] : []),
              ),
            ),
          ),
      ),
    );
  }
  return list;
}

export function enhanceSearch(box: HTMLElement | null, indexFile: IndexFile): void {
  const input = box?.querySelector<HTMLInputElement>("input[type=search]");
  const panel = box?.querySelector<HTMLElement>(".site-search-panel");
  const status = box?.querySelector<HTMLElement>("[role=status]");
  if (!box || !input || !panel || !status || box.dataset.ready) return;
  box.dataset.ready = "true";
  // Rows live at paths from the site's root; the index sits at <root>/_file/data/.
  const root = new URL("../../", indexFile.href);
  let index: Promise<MiniSearch<SearchDocument>> | undefined;
  const loadIndex = () =>
    (index ??= indexFile
      .json()
      .then((json) => MiniSearch.loadJS<SearchDocument>(json as never, searchIndexOptions)));
  let asked = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    panel.hidden = true;
  };
  const show = async () => {
    const query = input.value.trim();
    const ask = ++asked;
    if (query.length < minQueryLength) {
      panel.replaceChildren();
      status.textContent = "";
      return close();
    }
    index ??= indexFile
      .json()
      .then((json) => MiniSearch.loadJS<SearchDocument>(json as never, searchIndexOptions));
    const results = (await loadIndex()).search(query, searchQueryOptions) as Found[];
    if (ask !== asked) return; // a later keystroke already answered
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.table, (counts.get(r.table) ?? 0) + 1);
    const { t } = pageLocale();
    status.textContent = results.length
      ? t("live.searchMatches", { count: results.length, query })
      : t("live.searchNone", { query });
    panel.replaceChildren(
      ...(results.length
        ? [resultsList(groupResults(results), root, (t) => counts.get(t) ?? 0)]
        : [el("p", { class: "site-search-none" }, status.textContent)]),
    );
    panel.hidden = false;
  };
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>("a")];
  // The index starts loading at the first keystroke; a query waits for a pause in typing, so a
  // large index is not searched once per letter.
  input.addEventListener("input", () => {
    void loadIndex();
    clearTimeout(typing);
    typing = setTimeout(() => void show(), searchDelayMs);
  });
  box.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "Escape") {
      close();
      input.focus();
    } else if (event.key === "ArrowDown" && all.length) {
      event.preventDefault();
      panel.hidden = false;
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1])?.focus();
    } else if (event.key === "Enter" && document.activeElement === input && all[0]) {
      event.preventDefault();
      all[0].click();
    }
  });
  box.addEventListener("focusout", (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener("focus", () => {
    if (panel.childElementCount) {
      panel.hidden = false;
    }
  });
  // Typed before this module arrived.
  if (input.value.trim()) void show();
}
