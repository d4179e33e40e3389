// Where the card and the cursor's label find an item's text: its entry in the page's list, or,
// when large evidence lists each year on its own page (/timeline/<year>), the entry on that
// page. A year's page is fetched the first time one of its items is shown, from this site only,
// and parsed as an inert document (no script runs, nothing loads); nothing is fetched upfront.

export type EntryState = "ready" | "loading" | "failed";

export interface Entries {
  /**
   * The entry of item `id` (listed under `year`), or null while its page loads or if it failed;
   * `load: false` only looks, without fetching the page.
   */
  get(id: string, year: string, load?: boolean): Element | null;
  state(id: string, year: string): EntryState;
  /** The page that lists `year`, when the years have pages. */
  yearUrl(year: string): string | undefined;
}

/**
 * Entries from `page`, and from the year pages its `a[data-tl-year]` links point to;
 * `loaded` runs when a year's page has arrived (or failed), so the view can show it.
 */
export function createEntries(page: Document, loaded: () => void): Entries {
  const years = new Map<string, URL>();
  for (const link of page.querySelectorAll<HTMLAnchorElement>("a[data-tl-year]")) {
    const url = new URL(link.href, page.baseURI);
    url.hash = "";
    if (url.origin === location.origin && link.dataset.tlYear) years.set(link.dataset.tlYear, url);
  }
  const documents = new Map<string, Document | "loading" | "failed">();

  async function load(year: string, url: URL): Promise<void> {
    documents.set(year, "loading");
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const doc = new DOMParser().parseFromString(await response.text(), "text/html");
      // The entries' links are relative to the year's page; the card shows them on this one.
      for (const link of doc.querySelectorAll<HTMLAnchorElement>(".tl-entry a[href]")) {
        const target = new URL(link.getAttribute("href") ?? "", url);
        link.setAttribute(
          "href",
          target.origin === location.origin ? target.pathname + target.search + target.hash : target.href,
        );
      }
      documents.set(year, doc);
    } catch {
      documents.set(year, "failed");
    }
    loaded();
  }

  const fromYear = (year: string, fetchIt = true): Document | "loading" | "failed" | undefined => {
    const doc = documents.get(year);
    if (doc) return doc;
    const url = years.get(year);
    if (!url || !fetchIt) return undefined;
    void load(year, url);
    return "loading";
  };

  return {
    get(id, year, load = true) {
      const here = page.getElementById(id);
      if (here) return here;
      const doc = fromYear(year, load);
      return typeof doc === "object" ? doc.getElementById(id) : null;
    },
    state(id, year) {
      if (page.getElementById(id)) return "ready";
      const doc = fromYear(year);
      return doc === "loading" ? "loading" : doc === "failed" ? "failed" : "ready";
    },
    yearUrl(year) {
      const url = years.get(year);
      return url ? url.pathname : undefined;
    },
  };
}
