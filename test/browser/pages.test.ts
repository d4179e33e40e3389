// Every page of the built site, opened in Chromium: no errors, no outside requests, no axe
// violations, a title and one h1, and every chart container filled; sharing and search sampled
// on one page family; and the same site published under a sub-path, as a newsroom's server would
// (a sample of pages).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvidenceHistory } from "../../loaders/cli/git.ts";
import { loadEvidence } from "../../loaders/evidence.ts";
import { changesLimits } from "../../loaders/render/changes-html.ts";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { htmlFile } from "./page-sample.ts";
import { serveSite } from "./served-site.ts";
import { shippedSite } from "./shipped-site.ts";
import { axeFor, builtPagePaths, openProbe, type PageProbe } from "./site.ts";

const siteDir = await shippedSite();
const pagePaths = builtPagePaths(siteDir);
const site = serveSite(siteDir);

it("the built site has pages to test", () => {
  expect(pagePaths).toContain("/");
});

describe.each(pagePaths)("page %s", (path) => {
  // One load in light mode serves the first three tests (they only read the page, errors and
  // requests are checked first); dark mode is a load of its own, as a reader's would be.
  let probe: PageProbe;
  beforeAll(async () => {
    probe = await site.open(path);
  });
  afterAll(async () => {
    await probe?.close();
  });

  it("loads with no console error, no page error, no request to another host and no layout shift", async () => {
    const shift = await probe.layoutShift();
    expect(shift, "cumulative layout shift once loaded and enhanced").toBe(0);
    expect(probe.outsideRequests, `requests that left ${site.url}`).toEqual([]);
    expect(probe.errors).toEqual([]);
  });

  it("has a title, exactly one h1 and filled chart containers", async () => {
    expect((await probe.page.title()).trim()).not.toBe("");
    expect(await probe.page.locator("h1").count()).toBe(1);
    const charts = probe.page.locator("[data-chart]");
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      const id = await chart.getAttribute("data-chart");
      await expect
        .poll(() => chart.locator("svg, img, canvas").count(), {
          message: `chart ${id} stays empty`,
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      const box = await chart.boundingBox();
      expect(box?.height ?? 0, `chart ${id} has no height`).toBeGreaterThan(20);
    }
  });

  it("has no axe-core accessibility violation, in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const dark = colorScheme === "dark" ? await site.open(path, { colorScheme }) : undefined;
      const { violations } = await axeFor((dark ?? probe).page, colorScheme).analyze();
      await dark?.close();
      const summary = violations.map(
        (v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(summary).toEqual([]);
    }
    expect(probe.errors, "errors while axe-core ran").toEqual([]);
  });
});

// Sharing and search, sampled on one page family at a phone's and a desktop's width (every page's
// head is built by the same step; the search box is in every page's header).
describe.each([375, 1280])("the timeline page at %i px", (width) => {
  it("has a canonical link, Open Graph and Twitter card tags and JSON-LD, all absolute, with its 1200×630 card", async () => {
    const probe = await site.open("/timeline", { width });
    const head = await probe.page.evaluate(() => ({
      canonical: document.querySelector<HTMLLinkElement>("link[rel=canonical]")?.getAttribute("href") ?? "",
      meta: Object.fromEntries(
        [...document.querySelectorAll("meta[property], meta[name^='twitter:']")].map((m) => [
          m.getAttribute("property") ?? m.getAttribute("name"),
          m.getAttribute("content"),
        ]),
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => s.textContent ?? "",
      ),
    }));
    await probe.close();
    const absolute = /^https?:\/\/[^/]+\//;
    expect(head.canonical).toMatch(absolute);
    expect(head.canonical).toMatch(/\/timeline$/);
    for (const key of ["og:url", "og:image", "twitter:image"]) expect(head.meta[key], key).toMatch(absolute);
    expect(head.meta["og:url"]).toBe(head.canonical);
    for (const key of ["og:title", "og:description", "og:image:alt"])
      expect(head.meta[key], key).toBeTruthy();
    expect([head.meta["og:image:width"], head.meta["og:image:height"]]).toEqual(["1200", "630"]);
    expect(head.meta["twitter:card"]).toBe("summary_large_image");
    const card = readFileSync(join(siteDir, new URL(head.meta["og:image"] as string).pathname));
    expect([card.readUInt32BE(16), card.readUInt32BE(20)], "the card's PNG size").toEqual([1200, 630]);
    const blocks = head.jsonLd.map((text) => JSON.parse(text) as { "@context": string; "@type": string });
    expect(blocks.map((b) => [b["@context"], b["@type"]])).toEqual([
      ["https://schema.org", "NewsArticle"],
      ["https://schema.org", "Dataset"],
    ]);
  });

  it("finds an event by its words, from a search box that requests nothing until used, and its link goes to the row", async () => {
    const event = loadEvidence("data").events.rows().at(-1) as { id: string; title: string };
    const probe = await site.open("/timeline", { width });
    const loaded = [...probe.requests];
    await probe.page.focus("#site-search-input");
    await probe.page.keyboard.type(event.title.split(/\s+/).slice(0, 6).join(" "));
    const result = probe.page.locator(`.site-search-panel a[href$="#${event.id}"]`);
    await result.waitFor({ timeout: 20_000 });
    const box = await probe.page.locator(".site-search-panel").boundingBox();
    const { violations } = await axeFor(probe.page).include("#site-search").analyze();
    await probe.page.keyboard.press("ArrowDown");
    const focused = await probe.page.evaluate(
      () => document.activeElement?.closest(".site-search-panel") !== null,
    );
    await result.click();
    await probe.page.waitForURL(new RegExp(`#${event.id}$`));
    const target = await probe.page.locator(`[id="${event.id}"]`).count();
    // An actor is found too, in its own group, linked to its row (a compared bank: the comparison's).
    await probe.page.fill("#site-search-input", "Wells Fargo");
    const actor = probe.page.locator(
      'ul[aria-labelledby="site-search-group-actors"] a[href$="#wells-fargo"]',
    );
    await actor.waitFor({ timeout: 20_000 });
    const actorsGroup = await probe.page.locator("#site-search-group-actors").textContent();
    await probe.close();
    expect(actorsGroup).toMatch(/^Actors \(\d+\)$/);
    expect(
      loaded.filter((url) => /search/.test(url)),
      "requests on page load",
    ).toEqual([]);
    expect(probe.requests.filter((url) => /search\.[0-9a-f]+\.json$/.test(url))).toHaveLength(1);
    expect(box && box.x >= 0 && box.x + box.width <= width, `results fit in ${width} px`).toBe(true);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(focused, "↓ moves from the box into the results").toBe(true);
    expect(target, "the row the result links to").toBe(1);
  });
});

// The evidence's history, sampled at a phone's width: the shipped data/ is in this repository.
describe("the changes page at 375 px", () => {
  it("shows every commit that changed the evidence, newest first, fits the width, and a changed row's link lands on the row", async () => {
    const history = readEvidenceHistory("data");
    expect(history?.commits.length, "commits that changed data/").toBeGreaterThan(0);
    const commits = history?.commits ?? [];
    const probe = await site.open("/changes", { width: 375 });
    const headings = await probe.page.locator(".change h2").allInnerTexts();
    const overflow = await probe.page.evaluate(() => document.documentElement.scrollWidth);
    const link = probe.page.locator(".change-rows a").first();
    const id = ((await link.getAttribute("href")) ?? "").split("#")[1] ?? "";
    await link.click();
    await probe.page.waitForURL(new RegExp(`#${id}$`));
    const target = await probe.page.locator(`[id="${id}"]`).count();
    await probe.close();
    expect(headings).toHaveLength(Math.min(commits.length, changesLimits.fullCommits));
    expect(headings[0]).toContain(commits[0]?.subject);
    expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(375);
    expect(probe.errors).toEqual([]);
    expect(target, "the row the link goes to").toBe(1);
  });
});

describe("the site published under /investigations/story/", () => {
  let published: StaticServer;
  beforeAll(async () => {
    published = await serveStatic(siteDir, 0, "127.0.0.1", { basePath: "/investigations/story/" });
  });
  afterAll(() => published?.close());

  it("loads the front page, every page its navigation links to and an embed's interactive view, all from under the sub-path", async () => {
    // A request outside the sub-path counts as an outside request: the probe's origin is the sub-path.
    const probe = await openProbe(site.browser, published.url);
    await probe.page.goto(`${published.url}/`, { waitUntil: "networkidle" });
    const links = await probe.page
      .locator("nav.site-nav ul a")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(1);
    const headings: string[] = [];
    for (const link of links.slice(1)) {
      expect(link.startsWith(`${published.url}/`), link).toBe(true);
      await probe.page.goto(link, { waitUntil: "networkidle" });
      headings.push((await probe.page.locator("h1").textContent()) ?? "");
    }
    const embed = builtPagePaths(siteDir).find(
      (path) =>
        path.startsWith("/embed/") &&
        readFileSync(htmlFile(siteDir, path), "utf8").includes("data-embed-spec"),
    );
    await probe.page.goto(`${published.url}${embed}?interactive=1`, { waitUntil: "networkidle" });
    await probe.page.locator(".chart-interactive svg").waitFor({ timeout: 15_000 });
    await probe.close();
    expect(
      headings.filter((h) => !h.trim()),
      "pages without a heading",
    ).toEqual([]);
    expect(probe.outsideRequests, "requests outside the sub-path").toEqual([]);
    expect(probe.errors).toEqual([]);
  });
});
