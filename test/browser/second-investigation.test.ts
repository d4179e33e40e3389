// A second investigation builds with the kit and reads in its own words: the water fixture
// (its own site.json and prose) and the same CSVs without them (the kit's neutral pages) pass
// every page check the other folders pass, and no page of either shows a word of the shipped
// investigation (its actors, outlets and story words, taken from data/; "bank" as a word). The
// water site is served under the sub-path of its address, as a newsroom would publish it.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "jsonc-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSettings } from "../../loaders/site/settings.ts";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { matchesIn, shippedWords, wordPatterns } from "../architecture/shipped-words.ts";
import { launchChromium } from "./chromium.ts";
import { checkEveryPage } from "./page-checks.ts";
import { buildSite, builtPagePaths } from "./site.ts";

const water = resolve("test/fixtures/investigations/water");
const waterBare = resolve(".tmp/investigation-water-bare");

interface WaterSettings {
  title: string;
  url: string;
  pages: { path: string; title: string; nav?: string }[];
  comparison: { one: string; columns: { title: string }[] };
}
const settings = parse(readFileSync(join(water, "site.json"), "utf8")) as WaterSettings;

/** The first heading of each prose file of the water folder, by page path. */
const proseHeadings = new Map(
  readdirSync(join(water, "pages")).map((file) => {
    const heading = /^# (.+)$/m.exec(readFileSync(join(water, "pages", file), "utf8"))?.[1] ?? "";
    return [file === "index.md" ? "/" : `/${file.replace(/\.md$/, "")}`, heading];
  }),
);

/** The water folder's CSVs alone, copied rather than stored twice. */
function writeBareCopy(): void {
  rmSync(waterBare, { recursive: true, force: true });
  mkdirSync(waterBare, { recursive: true });
  for (const file of readdirSync(water).filter((f) => f.endsWith(".csv")))
    copyFileSync(join(water, file), join(waterBare, file));
}

const firstInvestigation = wordPatterns([...shippedWords(), "bank", "banks", "banking"]);

/** Everything a reader or a link preview can see: title, text (hidden or not), labels, description. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Each text node apart: textContent would run "More" and "Wells" of two elements together.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement?.closest("script, style")) texts.push(node.nodeValue ?? "");
    const attributes = [...document.querySelectorAll("[aria-label], [alt], [title], [placeholder]")].flatMap(
      (el) => ["aria-label", "alt", "title", "placeholder"].map((name) => el.getAttribute(name) ?? ""),
    );
    const meta = [...document.querySelectorAll("meta[content]")].map((m) => m.getAttribute("content") ?? "");
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, as laid out
    const visible = document.body.innerText;
    return [document.title, visible, ...texts, ...attributes, ...meta].join("\n");
  });
}

async function noShippedWords(page: Page): Promise<string[]> {
  return [...new Set(matchesIn(await shownText(page), firstInvestigation))].map((m) => `shows ${m}`);
}

const headerTitle = (page: Page) => page.locator("#observablehq-header .site-name").textContent();
const navLinks = (page: Page) => page.locator("#observablehq-header nav li a").allTextContents();
const h1 = async (page: Page) => (await page.locator("h1").first().textContent())?.trim();

/** The water site's own words: its title everywhere, its pages' titles, headings, nav and blocks. */
async function inWaterWords(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const title = await page.title();
  if (!title.endsWith(` | ${settings.title}`))
    problems.push(`<title> "${title}" does not end with the site's title`);
  const listed = settings.pages.find((p) => p.path === path);
  if (listed) {
    if (title !== `${listed.title} | ${settings.title}`) problems.push(`<title> "${title}" is not its title`);
    if ((await headerTitle(page)) !== settings.title)
      problems.push(`header shows "${await headerTitle(page)}"`);
    const nav = await navLinks(page);
    const expected = settings.pages.map((p) => p.nav ?? p.title);
    if (nav.join("|") !== expected.join("|")) problems.push(`navigation reads ${nav.join(", ")}`);
    if ((await h1(page)) !== proseHeadings.get(path))
      problems.push(`h1 "${await h1(page)}" is not its prose's`);
  }
  if (path === "/") {
    // biome-ignore lint/performance/useDomNodeTextContent: the label a reader sees
    const text = await page.locator("main").innerText();
    for (const label of ["utilities asked for their billing records", "utility left the meter pilot"])
      if (!text.includes(label)) problems.push(`no key figure labelled "${label}"`);
  }
  if (path === "/utilities") {
    const heads = await page.$$eval("table[data-sortable] thead th", (cells) =>
      cells.map((th) => (th.querySelector(".sort-label") ?? th).textContent?.trim() ?? ""),
    );
    const expected = [settings.comparison.one, ...settings.comparison.columns.map((c) => c.title)];
    if (heads.join("|") !== expected.join("|")) problems.push(`comparison columns read ${heads.join(", ")}`);
  }
  return problems;
}

/** The water site's own phrases (not its one-word titles), which a folder without its prose must not show. */
const waterOwnWords = wordPatterns(
  [settings.title, ...settings.pages.map((p) => p.title), ...proseHeadings.values()].filter(
    (phrase) => phrase.split(" ").length > 2,
  ),
);

/** The bare site's neutral words: the kit's default title, page set and page titles. */
async function inNeutralWords(page: Page, path: string): Promise<string[]> {
  const problems = matchesIn(await shownText(page), waterOwnWords).map((m) => `shows the prose's ${m}`);
  const title = await page.title();
  if (!title.endsWith(` | ${defaultSettings.title}`)) problems.push(`<title> "${title}" is not neutral`);
  const listed = defaultSettings.pages.find((p) => p.path === path);
  if (listed) {
    if (title !== `${listed.title} | ${defaultSettings.title}`)
      problems.push(`<title> "${title}" is not its title`);
    if ((await headerTitle(page)) !== defaultSettings.title)
      problems.push(`header shows "${await headerTitle(page)}"`);
    const nav = await navLinks(page);
    if (nav.join("|") !== defaultSettings.pages.map((p) => p.nav).join("|"))
      problems.push(`navigation reads ${nav.join(", ")}`);
  }
  return problems;
}

/** Pages of one template and the same evidence on both sites (embeds, 404): axe-core checks the water site's. */
const sameAsWater = (path: string) => path.startsWith("/embed/") || path === "/404";

const sites = [
  // Embed pages share one template, checked with axe on every site of pages.test.ts and
  // any-evidence: here one of them is sampled, to keep the suite's time.
  {
    name: "water",
    dataDir: water,
    timelinePages: ["/chronology"],
    axe: (path: string) => !path.startsWith("/embed/") || path === "/embed/timeline",
    inspect: inWaterWords,
  },
  {
    name: "water-bare",
    dataDir: waterBare,
    timelinePages: ["/timeline"],
    axe: (path: string) => !sameAsWater(path),
    inspect: inNeutralWords,
  },
];

let browser: Browser;
beforeAll(async () => {
  writeBareCopy();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("noShippedWords(page)", () => {
  it("finds the shipped investigation's words in the title, hidden text, labels and the description", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      `<title>Harlow | Facebook</title><meta name="description" content="87 million">
       <p>A water utility, not a Bank.</p><details><summary>More</summary>Wells Fargo</details>
       <svg aria-label="The Wall Street Journal"></svg><p>Facebookish, favicon.ico</p>`,
    );
    const found = await noShippedWords(page);
    await context.close();
    for (const word of ["Facebook", "87 million", "Bank", "Wells Fargo", "The Wall Street Journal"])
      expect(
        found.some((f) => f.startsWith(`shows "${word}"`)),
        word,
      ).toBe(true);
    expect(found.some((f) => /"(Facebookish|ico)"/i.test(f))).toBe(false);
  });
});

describe.each(sites)("a site built from the $name investigation folder", (site) => {
  const siteDir = resolve(`.tmp/site-investigation-${site.name}`);
  let server: StaticServer;
  // Served where its address says (the water folder's is under a sub-path), as a host would.
  const address = site.name === "water" ? settings.url : "http://127.0.0.1:3000";
  beforeAll(async () => {
    await buildSite(site.dataDir, siteDir);
    server = await serveStatic(siteDir, 0, "127.0.0.1", { basePath: new URL(address).pathname });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("has the pages its settings list and the kit's embeds, no others", () => {
    const expected = site.name === "water" ? settings.pages : defaultSettings.pages;
    const pages = builtPagePaths(siteDir).filter((p) => !p.startsWith("/embed/") && p !== "/404");
    expect(pages).toEqual(expected.map((p) => p.path).sort());
    expect(builtPagePaths(siteDir)).toContain("/embed/timeline");
  });

  it("lists its pages (no embeds) in sitemap.xml under its address, which robots.txt and oEmbed use too", () => {
    const pages = builtPagePaths(siteDir).filter((p) => !p.startsWith("/embed/") && p !== "/404");
    const sitemap = readFileSync(join(siteDir, "sitemap.xml"), "utf8");
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, url]) => url);
    expect(listed.sort()).toEqual(pages.map((p) => `${address}${p}`).sort());
    expect(readFileSync(join(siteDir, "robots.txt"), "utf8")).toContain(`Sitemap: ${address}/sitemap.xml`);
    const oembed = JSON.parse(readFileSync(join(siteDir, "oembed", "timeline.json"), "utf8"));
    expect(oembed.html).toContain(`src="${address}/embed/timeline"`);
  });

  it("renders every page with no error, outside request, second h1, layout shift or axe violation, in its own words and none of the shipped investigation's", async () => {
    const problems = await checkEveryPage(browser, server.url, siteDir, {
      timelinePages: site.timelinePages,
      axe: site.axe,
      inspect: async (page, path) => [...(await noShippedWords(page)), ...(await site.inspect(page, path))],
    });
    expect(problems).toEqual([]);
  }, 300_000);
});
