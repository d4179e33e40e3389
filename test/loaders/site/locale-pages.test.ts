// The site in another language: every page a site in de has — each page of the shipped evidence
// with the kit's neutral prose (no prose file, no words in site.json), one numbered page of each
// split list (synthetic evidence past the limits) and every chart's embed page — rendered in
// process, shows no English kit text: no fragment of an English catalogue message the de one
// does not share, and no text, label or attribute that is a whole English message. The evidence's
// own words (every CSV cell) are taken out of the page first: they are never translated.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticEvidence } from "../../../bench/synthetic.ts";
import { buildChart, chartRegistry } from "../../../loaders/charts/registry.ts";
import { embedPageHtml } from "../../../loaders/render/embed-page.ts";
import { loadInvestigation } from "../../../loaders/site/investigation.ts";
import { inSiteLocale } from "../../../loaders/site/locale.ts";
import { notFoundPage } from "../../../loaders/site/not-found-page.ts";
import { renderSitePage } from "../../../loaders/site/render-page.ts";
import { renderSubPage, subPagePaths } from "../../../loaders/site/sub-pages.ts";
import { cellsOf, englishLeft, englishOnly } from "./english-left.ts";

const folders: string[] = [];
function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dossier-${name}-`));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A site in `locale` of the CSVs in `dir`, with no prose files and no words of its own in site.json. */
function siteIn(dir: string, locale: string, kind: string) {
  writeFileSync(join(dir, "site.json"), JSON.stringify({ locale, comparison: { kind } }));
  return loadInvestigation(dir);
}

describe("englishLeft(where, html, cells)", () => {
  it("finds an English message, a piece of one, or an English label, and leaves the evidence's words alone", () => {
    const html = `<p>Quellen: 3</p><p>The evidence has no sources yet.</p><button aria-label="Close">×</button><p>Swap</p><p>Tauschen</p>`;
    expect(englishLeft("/x", html, [])).toEqual([
      '/x: "Close"',
      '/x: "The evidence has no sources yet."',
      '/x: "Swap"',
    ]);
    const piece = "<p>Sources disagree on “Users” as of 2018</p>";
    expect(englishLeft("/x", piece, [])).toEqual([
      '/x: "Sources disagree on “" in "Sources disagree on “Users” as of 2018"',
    ]);
    expect(englishLeft("/x", piece, ["Sources disagree on “Users” as of 2018"])).toEqual([]);
    expect(englishLeft("/x", "<th>People</th>", ["people"])).toEqual([]);
  });
});

describe("every page of a site in de", () => {
  it("shows no English kit text on the shipped evidence's pages, with the kit's neutral prose", async () => {
    const dir = folder("de");
    for (const f of readdirSync("data").filter((f) => f.endsWith(".csv")))
      copyFileSync(join("data", f), join(dir, f));
    const investigation = siteIn(dir, "de-DE", "bank");
    expect(englishOnly("de").pieces.length).toBeGreaterThan(200);
    const cells = cellsOf(dir);
    const found: string[] = [];
    await inSiteLocale("de-DE", async () => {
      for (const page of investigation.settings.pages)
        found.push(...englishLeft(page.path, await renderSitePage(investigation, page.path), cells));
      for (const definition of chartRegistry) {
        const chart = await buildChart(definition, investigation.evidence);
        const html = embedPageHtml(chart, { page: "/", siteTitle: investigation.settings.title });
        found.push(...englishLeft(`/embed/${chart.id}`, `${html}<title>${chart.title}</title>`, cells));
      }
      found.push(...englishLeft("/404", notFoundPage(), cells));
    });
    expect(investigation.settings.pages.length).toBe(7);
    expect(found).toEqual([]);
  });

  it("names actors of another kind than the comparison's by the catalogue's word, not the CSV value", async () => {
    const dir = folder("de-kind");
    for (const f of readdirSync("data").filter((f) => f.endsWith(".csv")))
      copyFileSync(join("data", f), join(dir, f));
    mkdirSync(join(dir, "pages"));
    writeFileSync(
      join(dir, "pages", "index.md"),
      "# Titel\n\n{{ key-figure of=actors kind=bank event-kind=request }}\n",
    );
    const investigation = siteIn(dir, "de-DE", "company");
    const html = await inSiteLocale("de-DE", () => renderSitePage(investigation, "/"));
    expect(html).toContain("Banken, genannt in Ereignissen der Art");
    expect(html).not.toMatch(/>bank, genannt/);
  });

  it("shows no English kit text on the numbered pages of lists too long for one page", async () => {
    const dir = folder("de-split");
    writeSyntheticEvidence(dir, { events: 320, statements: 210, claims: 210, sources: 160, figures: 20 });
    const investigation = siteIn(dir, "de-DE", "company");
    const paths = subPagePaths(investigation);
    // One numbered page of each list: the first year of the timeline, statements, claims, sources.
    const list = (path: string) => path.replace(/\/(topics-)?[^/]*$/, "/$1");
    const firsts = [...new Map(paths.map((p) => [list(p), p])).values()];
    expect(firsts.length).toBe(4);
    const cells = cellsOf(dir);
    const found = inSiteLocale("de-DE", () =>
      firsts.flatMap((path) => {
        const [, page = "", part = ""] = path.split("/");
        return englishLeft(path, renderSubPage(investigation, page, part), cells);
      }),
    );
    expect(found).toEqual([]);
  });
});
