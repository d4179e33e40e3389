// The kit is for the next investigation too: any evidence folder that passes data:check builds,
// and every page and embed renders without errors — a minimal folder (one row per table), an
// all-empty folder (headers only) and a large synthetic one (10,000 events, 1,000 figures).
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticEvidence } from "../../bench/synthetic.ts";
import { loadEvidence } from "../../loaders/evidence.ts";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "./chromium.ts";
import { visibleText } from "./evidence-pages.ts";
import { checkEveryPage } from "./page-checks.ts";
import { buildSite, openProbe } from "./site.ts";

const large = resolve(".tmp/evidence-synthetic-10000");
const folders = {
  minimal: resolve("test/fixtures/evidence/minimal"),
  empty: resolve("test/fixtures/evidence/empty"),
  "synthetic 10,000-event": large,
};

let browser: Browser;
beforeAll(async () => {
  writeSyntheticEvidence(large, { events: 10_000, figures: 1_000 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const siteDirOf = (name: string) => resolve(`.tmp/site-${name.replace(/\W+/g, "-")}`);
/** Sites this run has built, so a later describe reuses one and never tests an older build. */
const builtThisRun = new Set<string>();

/**
 * The site built from `dataDir` for a describe block: built here unless this run has built it
 * already (when the whole file runs, the site test above has), served while the block runs.
 */
function builtAndServed(dataDir: string, siteDir: string): { readonly url: string } {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    if (!builtThisRun.has(siteDir)) await buildSite(dataDir, siteDir);
    builtThisRun.add(siteDir);
    server = await serveStatic(siteDir);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error(`${siteDir} is not served: the block's build failed`);
      return server.url;
    },
  };
}

describe.each(Object.entries(folders))("a site built from the %s evidence folder", (name, dataDir) => {
  const siteDir = siteDirOf(name);
  let server: StaticServer;
  beforeAll(async () => {
    await buildSite(dataDir, siteDir);
    builtThisRun.add(siteDir);
    server = await serveStatic(siteDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("renders every page and embed with no error, no outside request, one h1, no layout shift past its allowance and no axe violation", async () => {
    // The 10,000-event site's numbered pages (/timeline/<year>, /sources/<n>…) are opened as a
    // sample of each family, the rest read from their files: docs/testing.md.
    const sampleFamilies = dataDir === large;
    const problems = await checkEveryPage(browser, server.url, siteDir, { sampleFamilies });
    expect(problems).toEqual([]);
  }, 600_000);
});

// With large evidence the statements are split over numbered pages, so /statements holds only
// the default pair and the browser fills the comparison's lists from statements.json.
describe("the comparison on a statements page split over numbered pages", () => {
  const server = builtAndServed(large, siteDirOf("synthetic 10,000-event"));
  let texts: Map<string, string>;
  beforeAll(() => {
    texts = new Map(loadEvidence(large).statements.map((s) => [s.id, s.text]));
  });

  it("lists every statement on first use, and any chosen pair round-trips through the address", async () => {
    const ids = [...texts.keys()];
    const [a, b] = [ids[ids.length - 3] as string, ids[7] as string];
    const probe = await openProbe(browser, server.url);
    await probe.page.goto(`${server.url}/statements`, { waitUntil: "networkidle" });
    const split = await probe.page.locator("#compare[data-split]").count();
    const before = await probe.page.locator("select[name=compare] option").count();
    // The lists are filled on first use, so a page load does not build a thousand options twice.
    // Under load statements.json can take a while: the comparison says when it is enhanced.
    await probe.page.waitForSelector("#compare[data-compare-ready]", { timeout: 60_000 });
    await probe.page.focus("select[name=compare]");
    await probe.page.waitForFunction(
      (n) => document.querySelectorAll("select[name=compare] option").length === n,
      texts.size,
    );
    await probe.page.selectOption("select[name=compare]", a);
    await probe.page.selectOption("select[name=with]", b);
    const address = new URL(probe.page.url()).search;
    const chosen = await visibleText(probe.page, "[data-diff]");
    await probe.close();
    expect(split, "the page is split, so the lists come from statements.json").toBe(1);
    expect(before, "only the default pair before the lists are used").toBe(2);
    expect(chosen).toEqual([texts.get(a), texts.get(b)]);
    expect(probe.errors).toEqual([]);
    expect(probe.outsideRequests).toEqual([]);

    const shared = await openProbe(browser, server.url);
    await shared.page.goto(`${server.url}/statements${address}`, { waitUntil: "networkidle" });
    await shared.page.waitForFunction(
      ([first, second]) =>
        document.querySelector('[data-diff="a"]')?.getAttribute("data-statement") === first &&
        document.querySelector('[data-diff="b"]')?.getAttribute("data-statement") === second,
      [a, b],
    );
    const reopened = await visibleText(shared.page, "[data-diff]");
    await shared.close();
    expect(reopened).toEqual([texts.get(a), texts.get(b)]);
    expect(shared.errors).toEqual([]);
  });
});

describe("the site search on the 10,000-event site", () => {
  const server = builtAndServed(large, siteDirOf("synthetic 10,000-event"));

  it("finds an event among 10,000 by its words and links to its row on its numbered page", async () => {
    const events = loadEvidence(large).events;
    const event = events.row(Math.floor(events.length / 2));
    // "Synthetic event <n>: …": the number makes the query match this row alone.
    const words = (event.summary ?? "").split(":")[0] as string;
    const probe = await openProbe(browser, server.url, { width: 375 });
    await probe.page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    await probe.page.focus("#site-search-input");
    await probe.page.keyboard.type(words);
    const result = probe.page.locator(`.site-search-panel a[href$="#${event.id}"]`);
    await result.waitFor({ timeout: 60_000 });
    await result.click();
    await probe.page.waitForURL(new RegExp(`#${event.id}$`));
    const target = await probe.page.locator(`[id="${event.id}"]`).count();
    await probe.close();
    expect(target, `row ${event.id} at ${probe.page.url()}`).toBe(1);
    expect(probe.errors).toEqual([]);
  });
});

// A timeline of more items than are drawn one by one goes live only when the reader reaches for
// it (components/timeline-on-demand.ts); until then the build-time chart and the year index are
// the page, and its data (a file of its own) is not loaded: only its modules, in idle time.
describe("the timeline of 10,000 events, made live on demand", () => {
  const server = builtAndServed(large, siteDirOf("synthetic 10,000-event"));

  it("is complete before it is started, and a keyboard starts it without moving the page", async () => {
    const viewFile = (url: string) => /\/_timeline\/view-[0-9a-f]+\.json$/.test(url);
    const liveModule = (url: string) => /\/components\/timeline\.[0-9a-f]+\.js$/.test(url);
    const probe = await openProbe(browser, server.url, { width: 375 });
    await probe.page.goto(`${server.url}/timeline`, { waitUntil: "networkidle" });
    const start = probe.page.locator("button.tl-start[data-ready]");
    await start.waitFor();
    const before = {
      loaded: probe.requests.filter(viewFile),
      chart: await probe.page.locator(".tl-static svg.tl-vertical").isVisible(),
      drawn: await probe.page.locator(".tl-static svg.tl-vertical path").count(),
      years: await probe.page.locator("[data-tl-year]").count(),
      liveView: await probe.page.locator(".tl-interactive").count(),
      dataInPage: (await probe.page.locator("script.tl-data").textContent()) ?? "",
    };
    // Tab to the button, as a keyboard reader would: focus reaching it starts the live view, which
    // may take the focus at once (its modules load in idle time), so stop there or in the live view.
    const reached = () =>
      probe.page.evaluate(() => Boolean(document.activeElement?.closest("button.tl-start, .tl-interactive")));
    for (let tab = 0; tab < 40 && !(await reached()); tab++) await probe.page.keyboard.press("Tab");
    await probe.page.waitForSelector(".tl-enhanced .tl-stage canvas", { timeout: 120_000 });
    const after = {
      loaded: probe.requests.filter(viewFile).length,
      modules: probe.requests.filter(liveModule).length,
      chart: await probe.page.locator(".tl-static svg.tl-vertical").isVisible(),
      focusInLiveView: await probe.page.evaluate(() =>
        Boolean(document.activeElement?.closest(".tl-interactive")),
      ),
      filters: await probe.page.locator('.tl-interactive input[name="actors"]').count(),
    };
    const shift = await probe.layoutShift();
    await probe.close();
    expect(before).toEqual({
      loaded: [],
      chart: true,
      drawn: before.drawn,
      years: before.years,
      liveView: 0,
      dataInPage: "",
    });
    expect(before.drawn, "the static chart's marks").toBeGreaterThan(0);
    expect(before.years, "the year index").toBeGreaterThan(5);
    expect(after).toEqual({
      loaded: 1,
      modules: 1,
      chart: false,
      focusInLiveView: true,
      filters: after.filters,
    });
    expect(after.filters, "a filter per actor").toBeGreaterThan(5);
    expect(shift, "layout shift").toBe(0);
    expect(probe.errors).toEqual([]);
    expect(probe.outsideRequests).toEqual([]);
  }, 300_000);

  it("starts at once from an address naming an item, and pins its card", async () => {
    const events = loadEvidence(large).events;
    const event = { id: events.id(Math.floor(events.length / 3)) };
    const probe = await openProbe(browser, server.url, { width: 1280 });
    await probe.page.goto(`${server.url}/timeline#${event.id}`, { waitUntil: "load" });
    const card = probe.page.locator(".tl-card.tl-card-is-pinned");
    await card.waitFor({ timeout: 120_000 });
    const pinned = await probe.page
      .locator(`.tl-cursor[data-id="${event.id}"], .tl-card [id="${event.id}"]`)
      .count();
    await probe.close();
    expect(pinned, `the card or cursor is on ${event.id}`).toBeGreaterThan(0);
    expect(probe.errors).toEqual([]);
  }, 300_000);
});

// The minimal evidence corrects its statement, its figure and its event (corrections.csv): each row
// says so where it is shown, and the page the kit adds lists the corrections and leads back.
describe("a correction in the minimal evidence", () => {
  const server = builtAndServed(folders.minimal, siteDirOf("minimal"));

  it("shows its note on the corrected statement, and /corrections lists it and links back", async () => {
    const probe = await openProbe(browser, server.url, { width: 375 });
    await probe.page.goto(`${server.url}/statements#example-denial`, { waitUntil: "networkidle" });
    const note = probe.page.locator("#example-denial .correction");
    const noteText = (await note.textContent()) ?? "";
    const noteVisible = await note.isVisible();
    await note.locator("a").click();
    await probe.page.waitForURL(/\/corrections#correction--example-correction$/);
    const entry = probe.page.locator("#correction--example-correction");
    const entryText = (await entry.textContent()) ?? "";
    const listed = await probe.page.locator(".corrections-list > li").count();
    await entry.locator('.correction-head a[href$="#example-denial"]').click();
    await probe.page.waitForURL(/\/statements#example-denial$/);
    await probe.close();
    expect(noteVisible).toBe(true);
    expect(noteText).toMatch(/^Corrected Aug 9, 2018: An earlier version dated this statement 6 August;/);
    expect(entryText).toContain("An earlier version dated this statement 6 August; it was made on 7 August.");
    // The fixture corrects its statement, its figure and its event.
    expect(listed).toBe(3);
    expect(probe.errors).toEqual([]);
    expect(probe.outsideRequests).toEqual([]);
  });

  it("shows the event's note on its live timeline card, and the figure's under the chart that draws it", async () => {
    const probe = await openProbe(browser, server.url, { width: 1024 });
    await probe.page.goto(`${server.url}/timeline#example-data-request`, { waitUntil: "networkidle" });
    const card = probe.page.locator(".tl-card.tl-card-is-pinned .correction");
    await card.waitFor();
    const cardNote = (await card.textContent()) ?? "";
    const listNote =
      (await probe.page.locator(".tl-list #example-data-request .correction").textContent()) ?? "";
    await probe.page.goto(`${server.url}/scale`, { waitUntil: "networkidle" });
    const figure = probe.page.locator("#chart-scale-breakdown .corrected-rows li");
    const figureVisible = await figure.isVisible();
    const figureNote = (await figure.textContent()) ?? "";
    await probe.close();
    expect(cardNote).toMatch(/^Corrected Aug 8, 2018: An earlier version said the report came on the 7th;/);
    expect(cardNote).toBe(listNote);
    expect(figureVisible).toBe(true);
    expect(figureNote).toMatch(
      /^Example users affectedCorrected Aug 10, 2018: An earlier version gave this figure as 78,000,000;/,
    );
    expect(probe.errors).toEqual([]);
    expect(probe.outsideRequests).toEqual([]);
  });
});
