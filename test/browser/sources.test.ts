// The sources page in Chromium: every source of sources.csv with its outlet, title, date and
// link, and backlinks to exactly the events, statements, claims, figures, key moments
// (annotations) and corrections that cite it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";
import { sourceName } from "../../loaders/format/source-name.ts";
import { csvRows, ids } from "./evidence-pages.ts";
import { serveSite } from "./served-site.ts";
import { shippedSite } from "./shipped-site.ts";

const siteDir = await shippedSite();
const dir = dataDir();
const sources = csvRows(dir, "sources.csv");
/** How each source is named, from the same loader the build uses (outlet and date without a title). */
const names = new Map(loadEvidence(dir).sources.map((s) => [s.id, sourceName(s)]));
const citing = {
  events: csvRows(dir, "events.csv"),
  statements: csvRows(dir, "statements.csv"),
  claims: csvRows(dir, "claims.csv"),
  figures: csvRows(dir, "figures.csv"),
  // Optional tables: absent, they cite nothing.
  ...Object.fromEntries(
    ["annotations", "corrections"].map((t) => [
      t,
      existsSync(join(dir, `${t}.csv`)) ? csvRows(dir, `${t}.csv`) : [],
    ]),
  ),
};
/** What cites each source, worked out from the CSVs alone. */
const citedBy = new Map<string, number>();
for (const rows of Object.values(citing))
  for (const row of rows)
    for (const id of new Set(ids(row.sources))) citedBy.set(id, (citedBy.get(id) ?? 0) + 1);
const site = serveSite(siteDir);

async function open(javaScriptEnabled = true) {
  const probe = await site.open("/sources", { javaScriptEnabled });
  return probe;
}

interface Entry {
  id: string;
  title: string;
  meta: string;
  links: string[];
  archiveLinks: string[];
  backlinks: string[];
  summary: string;
  uncited: boolean;
}

async function entries(): Promise<Entry[]> {
  const probe = await open(false);
  const list = await probe.page.$$eval("li.source-entry", (items) =>
    items.map((li) => ({
      id: li.id,
      title: li.querySelector(".source-title")?.textContent ?? "",
      meta: li.querySelector(".source-meta")?.textContent ?? "",
      links: [...li.querySelectorAll(".source-link > a[href]")].map((a) => a.getAttribute("href") ?? ""),
      archiveLinks: [...li.querySelectorAll(".source-link .archive a[href]")].map(
        (a) => a.getAttribute("href") ?? "",
      ),
      backlinks: [...li.querySelectorAll(".backlinks li")].map(
        (b) => b.querySelector("a")?.getAttribute("href") ?? `text:${b.textContent}`,
      ),
      summary: li.querySelector(".backlinks summary")?.textContent ?? "",
      uncited: !!li.querySelector(".uncited-note"),
    })),
  );
  await probe.close();
  return list;
}

describe("sources page", () => {
  it("lists every source once, with its title and outlet exactly as in sources.csv (outlet and date without a title)", async () => {
    const shown = await entries();
    expect(shown.map((e) => e.id).sort()).toEqual(sources.map((s) => s.id).sort());
    for (const e of shown) {
      const row = sources.find((s) => s.id === e.id);
      if (!row) throw new Error(`no source ${e.id}`);
      expect(e.title).toBe(names.get(e.id));
      if (row.title) expect(e.meta.startsWith(row.outlet ?? "")).toBe(true);
      else expect(e.meta).toContain("no title recorded");
    }
    expect(sources.filter((s) => !s.title).length).toBeGreaterThan(0);
  });

  it("is where a numbered reference leads, one click away without JavaScript: the source's own entry", async () => {
    const probe = await site.open("/banks", { javaScriptEnabled: false });
    const ref = probe.page.locator("table.banks-table a.ref").first();
    const id = ((await ref.getAttribute("href")) ?? "").split("#")[1];
    await ref.click();
    await probe.page.waitForURL(/\/sources/);
    const target = await probe.page.evaluate(() => document.querySelector(":target")?.id);
    await probe.close();
    expect(target).toBe(id);
    expect(sources.some((s) => s.id === id)).toBe(true);
  });

  it("links each source with a URL to it, and only over http(s)", async () => {
    for (const e of await entries()) {
      const url = sources.find((s) => s.id === e.id)?.url;
      if (url) expect(e.links).toEqual([new URL(url).href]);
      else expect(e.links).toEqual([]);
      for (const link of [...e.links, ...e.archiveLinks]) expect(link).toMatch(/^https?:\/\//);
    }
  });

  it("links a source's archived copy, or else offers a Wayback Machine look-up of its URL", async () => {
    for (const e of await entries()) {
      const row = sources.find((s) => s.id === e.id);
      if (row?.archive_url) expect(e.archiveLinks, e.id).toEqual([new URL(row.archive_url).href]);
      else if (row?.url) {
        expect(e.archiveLinks, e.id).toHaveLength(1);
        expect(e.archiveLinks[0], e.id).toMatch(
          /^https:\/\/web\.archive\.org\/web\/(\d{4,8}|\*)\/https?:\/\//,
        );
      } else expect(e.archiveLinks, e.id).toEqual([]);
    }
  });

  it("backlinks each source to exactly the rows that cite it", async () => {
    for (const e of await entries()) {
      const expected = citedBy.get(e.id) ?? 0;
      expect(e.backlinks.length, e.id).toBe(expected);
      expect(e.uncited, e.id).toBe(expected === 0);
      if (expected) expect(e.summary).toBe(`Cited by ${expected} ${expected === 1 ? "row" : "rows"}`);
    }
  });

  it("points backlinks at statements and claims on the statements page, where those anchors exist", async () => {
    const shown = await entries();
    const targets = [...new Set(shown.flatMap((e) => e.backlinks).filter((h) => h.includes("statements#")))];
    expect(targets.length).toBeGreaterThan(0);
    const probe = await site.open("/statements");
    const missing = await probe.page.evaluate(
      (hashes) => hashes.filter((h) => !document.getElementById(h)),
      targets.map((h) => h.split("#")[1] ?? ""),
    );
    await probe.close();
    expect(missing).toEqual([]);
  });

  it("opens a source's backlinks from the keyboard", async () => {
    const probe = await open();
    const summary = probe.page.locator("li.source-entry details.backlinks summary").first();
    await summary.focus();
    await probe.page.keyboard.press("Enter");
    const expanded = await probe.page
      .locator("li.source-entry details.backlinks")
      .first()
      .getAttribute("open");
    await probe.close();
    expect(expanded).not.toBeNull();
  });

  it("lists the sources nothing cites under 'Not cited', or says there are none", async () => {
    const probe = await open(false);
    const text = await probe.page.textContent("#observablehq-main");
    await probe.close();
    const uncited = sources.filter((s) => !citedBy.has(s.id ?? ""));
    if (uncited.length) expect(text).toContain(`${uncited.length} source`);
    else
      expect(text).toContain(
        "Every source is cited by at least one event, statement, claim, figure, key moment or correction.",
      );
  });
});
