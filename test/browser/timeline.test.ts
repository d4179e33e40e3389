// The timeline page in Chromium: one mark per event and statement; the keyboard walks every
// mark in time order; filters, the time range and the pinned item live in the URL and a shared
// URL opens the same view; without JavaScript the page lists every item; no axe violation with
// the interactive parts open; nothing overflows sideways on a phone or a laptop. Evidence too
// large for one page lists each year on its own page, and the chart's card fetches the text
// of an item on another year's page from this site when it needs it.

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticEvidence } from "../../bench/synthetic.ts";
import { itemsByYear } from "../../loaders/charts/timeline/pages.ts";
import { compileTimeline } from "../../loaders/compile/timeline.ts";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";
import { formatPartialDate } from "../../loaders/format/partial-date.ts";
import { textDirective } from "../../loaders/format/text-fragment.ts";
import type { PartialDate } from "../../loaders/model.ts";
import { openListLimit } from "../../loaders/render/limits.ts";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { localeFor } from "../../src/shared/locale/locale.ts";
import { labelBoxProblems } from "./label-boxes.ts";
import { serveSite } from "./served-site.ts";
import { shippedSite } from "./shipped-site.ts";
import { axeFor, buildSite, openProbe, type PageProbe } from "./site.ts";

const siteDir = await shippedSite();
const evidence = loadEvidence(dataDir());
const timeline = compileTimeline(evidence);
const itemCount = evidence.events.length + evidence.statements.length;
const order = timeline.items.map((item) => item.id);
/** Annotations the timeline names: every one has room at these widths (labels.test.ts checks the rule when not). */
const labelled = evidence.annotations.filter(
  (a) => a.target === undefined || order.includes(a.target),
).length;
const site = serveSite(siteDir);

async function open(
  query = "",
  options: { javaScriptEnabled?: boolean; width?: number; colorScheme?: "light" | "dark" } = {},
): Promise<PageProbe> {
  const probe = await site.open(`/timeline${query}`, options);
  if (options.javaScriptEnabled !== false) await probe.page.waitForSelector(".tl-enhanced .tl-stage");
  return probe;
}

const liveMarks = (page: Page) => page.locator(".tl-stage .tl-mark").count();
const cursorId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);

describe("the timeline chart", () => {
  it("draws one mark per event and statement in the evidence", async () => {
    const probe = await open();
    expect(await liveMarks(probe.page)).toBe(itemCount);
    expect(await probe.page.locator(".tl-stage .tl-mark[data-id]").evaluateAll((els) => els.length)).toBe(
      itemCount,
    );
    await probe.close();
    expect(probe.errors).toEqual([]);
  });

  it("shows the card of a mark the pointer is on", async () => {
    const probe = await open();
    const mark = probe.page.locator('.tl-stage .tl-mark[data-id="wsj-2018-08-06-report"]');
    await mark.hover();
    const card = probe.page.locator(".tl-card");
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(
      timeline.items.find((i) => i.id === "wsj-2018-08-06-report")?.title,
    );
    await probe.close();
  });

  it("pins a mark's card on click and writes it to the URL", async () => {
    const probe = await open();
    await probe.page.locator('.tl-stage .tl-mark[data-id="wsj-2018-08-06-report"]').click();
    await expect.poll(() => new URL(probe.page.url()).hash).toBe("#wsj-2018-08-06-report");
    expect(await probe.page.locator(".tl-card.tl-card-is-pinned").isVisible()).toBe(true);
    await probe.close();
  });
});

describe("the timeline with the keyboard", () => {
  it("is reached with Tab, and arrow keys visit every item once, in time order", async () => {
    const probe = await open();
    const { page } = probe;
    // Tab from the last date field (Tab first walks its day, month and year parts).
    const to = page.locator('.tl-dates input[name="to"]');
    await to.focus();
    for (let i = 0; i < 5 && (await to.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("tl-cursor");
    await page.keyboard.press("Home");
    const visited = [await cursorId(page)];
    for (let i = 1; i < itemCount; i++) {
      await page.keyboard.press("ArrowRight");
      visited.push(await cursorId(page));
    }
    await page.keyboard.press("ArrowRight");
    expect(await cursorId(page)).toBe(order[order.length - 1]);
    await probe.close();
    expect(visited).toEqual(order);
  });

  it("labels each item for screen readers with its place, date and title", async () => {
    const probe = await open();
    await probe.page.locator(".tl-cursor").focus();
    await probe.page.keyboard.press("End");
    const label = await probe.page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    const last = timeline.items[timeline.items.length - 1];
    await probe.close();
    expect(label).toContain(`${itemCount} of ${itemCount}`);
    expect(label).toContain(last?.title);
  });

  it("pins the card with Enter and closes it with Escape", async () => {
    const probe = await open();
    const { page } = probe;
    await page.locator(".tl-cursor").focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${order[1]}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-pressed"))).toBe("true");
    expect(await page.locator(".tl-card.tl-card-is-pinned").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).hash).toBe("");
    expect(await page.locator(".tl-card").isVisible()).toBe(false);
    await probe.close();
  });
});

describe("the timeline's filters and URL", () => {
  const involving = (lane: string) => timeline.items.filter((i) => i.lanes.includes(lane)).length;

  it("shows only the items involving the chosen actor, and says so in the URL", async () => {
    const probe = await open();
    const { page } = probe;
    await page.locator(".tl-filter summary", { hasText: "Actors" }).click();
    await page.locator(".tl-filter button", { hasText: "None" }).first().click();
    expect(await liveMarks(page)).toBe(0);
    await page.locator('input[name="actors"][value="wells-fargo"]').check();
    expect(await liveMarks(page)).toBe(involving("wells-fargo"));
    await expect.poll(() => new URL(page.url()).searchParams.get("actors")).toBe("wells-fargo");
    await probe.close();
  });

  it("opens a shared URL with its actors, kinds and time range", async () => {
    const kinds = ["report", "request"];
    const from = "2018-01-01";
    const to = "2018-12-31";
    const expected = timeline.items.filter(
      (i) => i.lanes.includes("facebook") && kinds.includes(i.kind) && i.end >= from && i.start <= to,
    );
    const probe = await open(`?actors=facebook&kinds=${kinds.join(",")}&from=${from}&to=${to}`);
    const { page } = probe;
    expect(await liveMarks(page)).toBe(expected.length);
    expect(await page.locator('input[name="from"]').inputValue()).toBe(from);
    expect(await page.locator('input[name="kinds"][value="statement"]').isChecked()).toBe(false);
    await probe.close();
  });

  it("zooms into the days chosen in the date fields and writes them to the URL", async () => {
    const probe = await open();
    const { page } = probe;
    await page.locator('input[name="from"]').fill("2018-08-01");
    await page.locator('input[name="to"]').fill("2018-08-31");
    await expect
      .poll(() => ["from", "to"].map((name) => new URL(page.url()).searchParams.get(name)))
      .toEqual(["2018-08-01", "2018-08-31"]);
    const inAugust = timeline.items.filter((i) => i.end >= "2018-08-01" && i.start <= "2018-08-31").length;
    expect(await liveMarks(page)).toBe(inAugust);
    await page.locator("button.tl-reset").click();
    expect(await liveMarks(page)).toBe(itemCount);
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await probe.close();
  });

  it("zooms into a period dragged across the overview strip", async () => {
    const probe = await open();
    const { page } = probe;
    const strip = await page.locator(".tl-overview").boundingBox();
    if (!strip) throw new Error("no overview strip");
    await page.mouse.move(strip.x + strip.width * 0.6, strip.y + strip.height / 2);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.8, strip.y + strip.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(await liveMarks(page)).toBeLessThan(itemCount);
    await probe.close();
  });

  it("opens the item named in the URL's hash, pinned", async () => {
    const probe = await open("#wsj-2018-08-06-report");
    const card = probe.page.locator(".tl-card.tl-card-is-pinned");
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain("WSJ reports Facebook asked large U.S. banks");
    // The card copies the entry, its key moment (annotations.csv's label and text) included.
    const moment = evidence.annotations.find((a) => a.target === "wsj-2018-08-06-report");
    expect(await card.textContent()).toContain(`Key moment: ${moment?.label}`);
    expect(await probe.page.locator(".tl-cursor").getAttribute("aria-pressed")).toBe("true");
    await probe.close();
  });

  it("opens a statement named in the hash", async () => {
    const statement = timeline.items.find((i) => i.type === "statement");
    const probe = await open(`#${statement?.id}`);
    expect(await probe.page.locator(".tl-card.tl-card-is-pinned blockquote").textContent()).toBe(
      statement?.quote,
    );
    // Its links to the quote's words at its sources, live and archived, carry the text fragment.
    const hrefs = await probe.page
      .locator(".tl-card.tl-card-is-pinned .quote-links a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toContain(`#${textDirective(statement?.quote ?? "")}`);
    await probe.close();
  });
});

describe("uncertain dates on the timeline", () => {
  it("draws an open date as a bar fading into the time before its day, an approximate side soft, and says each in words", async () => {
    // The shipped evidence has both: a date known only as "before" one day, and intervals whose start is approximate.
    const before = timeline.items.find((item) => item.openStart);
    const softStarts = timeline.items.filter((item) => item.softStart);
    expect(before).toBeDefined();
    expect(softStarts.length).toBeGreaterThan(0);
    const probe = await open("", { width: 1280 });
    const { page } = probe;
    const found = await page.evaluate((id) => {
      const box = (el: Element) => el.getBoundingClientRect();
      const mark = document.querySelector(`.tl-stage .tl-mark[data-id="${id}"]`);
      const bars = [...document.querySelectorAll('.tl-stage rect[mask="url(#tl-live-open-start)"]')].map(box);
      if (!mark) return undefined;
      const m = box(mark);
      return { centre: m.left + m.width / 2, bars: bars.map((b) => ({ left: b.left, right: b.right })) };
    }, before?.id ?? "");
    // The mark sits inside a fading bar that reaches well before it (the fade is 56 px long).
    expect(
      found?.bars.some((b) => b.left < found.centre - 20 && b.right > found.centre + 20),
      JSON.stringify(found),
    ).toBe(true);
    expect(await page.locator('.tl-stage rect.tl-bar[mask="url(#tl-live-soft-start)"]').count()).toBe(
      softStarts.length,
    );
    // An era whose start is approximate ("2017-08~") has the same soft start.
    const softEras = evidence.annotations.filter(
      (a) => a.target === undefined && a.date?.edtf?.start?.approximate,
    );
    expect(softEras.length).toBeGreaterThan(0);
    expect(await page.locator('.tl-stage rect.tl-era[mask="url(#tl-live-soft-start)"]').count()).toBe(
      softEras.length,
    );
    expect(await page.locator(".tl-legend").textContent()).toContain(localeFor("en-US").t("timeline.open"));
    const when = await page.locator(`li#${before?.id} .tl-when`).textContent();
    expect(when).toContain(formatPartialDate(before?.date as PartialDate));
    expect(when).toMatch(/^before /);
    await probe.close();
    expect(probe.errors).toEqual([]);
  });
});

describe("the timeline without JavaScript", () => {
  it("lists every event and statement with its date and sources, and shows the static chart", async () => {
    const probe = await open("", { javaScriptEnabled: false });
    const { page } = probe;
    const entries = await page.$$eval(".tl-list li.tl-entry", (lis) =>
      lis.map((li) => ({
        id: li.id,
        time:
          li.querySelector(".tl-when time")?.getAttribute("datetime") ??
          li.querySelector(".tl-when [data-edtf]")?.getAttribute("data-edtf"),
        // Numbered references, each a link to its source's entry: one click away without JavaScript.
        cites: [...li.querySelectorAll<HTMLAnchorElement>(".cites a.ref")].map((a) => new URL(a.href).hash),
        moments: [...li.querySelectorAll(".tl-entry-moment")].map((p) => p.textContent),
      })),
    );
    expect(entries.map((e) => e.id)).toEqual(order);
    // Every annotation on a row is said in its entry, a story step or not (the chart is aria-hidden).
    const onRows = evidence.annotations.filter((a) => a.target !== undefined);
    expect(onRows.some((a) => a.step === undefined && order.includes(a.target ?? ""))).toBe(true);
    for (const entry of entries) {
      const rowId = timeline.items.find((i) => i.id === entry.id)?.rowId;
      const labels = onRows.filter((a) => a.target === rowId).map((a) => `Key moment: ${a.label}`);
      expect(entry.moments, entry.id).toEqual(labels);
    }
    for (const entry of entries) {
      // A calendar date as HTML's datetime, or an uncertain one (EDTF) as the evidence wrote it.
      expect(entry.time, entry.id).toMatch(/^\d{4}(-\d\d){0,2}$|^[0-9X.~?%/-]+$/);
      const item = timeline.items.find((i) => i.id === entry.id);
      expect(entry.cites.sort(), entry.id).toEqual([...new Set(item?.sources)].map((id) => `#${id}`).sort());
    }
    expect(await page.locator(".tl-list + details.references li").count()).toBeGreaterThan(0);
    expect(await page.locator(".tl-static svg.tl-horizontal .tl-mark").count()).toBe(itemCount);
    expect(await page.locator(".tl-interactive").count()).toBe(0);
    await probe.close();
  });

  it("jumps to an item's entry from a mark of the static chart", async () => {
    const probe = await open("", { javaScriptEnabled: false });
    await probe.page.locator('.tl-static svg.tl-horizontal a[href="#wsj-2018-08-06-report"]').click();
    await expect.poll(() => new URL(probe.page.url()).hash).toBe("#wsj-2018-08-06-report");
    expect(await probe.page.locator("#wsj-2018-08-06-report:target").count()).toBe(1);
    await probe.close();
  });
});

describe("the timeline's accessibility and layout", () => {
  it("has no axe violation with a filter open and a card pinned, in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const probe = await open("#wsj-2018-08-06-report", { colorScheme });
      await probe.page.locator(".tl-filter summary", { hasText: "Kinds" }).click();
      const { violations } = await axeFor(probe.page, colorScheme).analyze();
      await probe.close();
      expect(
        violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`),
      ).toEqual([]);
    }
    // Two full axe runs over the labelled timeline: 37 s quiet, up to 90 s on a busy machine.
  }, 180_000);

  for (const width of [320, 375, 768, 1280]) {
    it(`does not scroll sideways at ${width} px, with and without JavaScript, and its labels neither overlap nor leave the chart`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const probe = await open("#wsj-2018-08-06-report", { width, javaScriptEnabled });
        const { page } = probe;
        if (javaScriptEnabled) await page.locator(".tl-filter summary", { hasText: "Actors" }).click();
        await page.screenshot({ path: `.tmp/timeline-${width}${javaScriptEnabled ? "" : "-nojs"}.png` });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        const widest = await page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll("#observablehq-main *")]
              .filter((el) => el.checkVisibility())
              .map((el) => el.getBoundingClientRect().right),
          ),
        );
        const labels = await labelBoxProblems(page, ".tl-figure");
        await probe.close();
        expect(labels.problems, `${width}px, JavaScript ${javaScriptEnabled}`).toEqual([]);
        expect(labels.labels, `${width}px, JavaScript ${javaScriptEnabled}`).toBe(labelled);
        expect(overflow, `${width}px, JavaScript ${javaScriptEnabled}`).toBe(0);
        expect(widest).toBeLessThanOrEqual(width);
      }
    });
  }

  it("runs time down the page on a narrow screen and across on a wide one", async () => {
    for (const [width, orientation] of [
      [375, "tl-vertical"],
      [1280, "tl-horizontal"],
    ] as const) {
      const probe = await open("", { width });
      expect(await probe.page.locator(`.tl-stage svg.${orientation}`).count(), `${width}px`).toBe(1);
      await probe.close();
    }
  });
});

describe("a timeline too long for one page", () => {
  // Just past the limit, so the build stays quick: about 80 items a year over 11 years.
  const folder = resolve(".tmp/evidence-timeline-years");
  const pagedSite = resolve(".tmp/site-timeline-years");
  let paged: StaticServer;
  let items: ReturnType<typeof compileTimeline>["items"];
  let years: Map<string, typeof items>;

  beforeAll(async () => {
    writeSyntheticEvidence(folder, { events: openListLimit + 20, statements: 30 });
    await buildSite(folder, pagedSite);
    items = compileTimeline(loadEvidence(folder)).items;
    years = itemsByYear(items);
    paged = await serveStatic(pagedSite);
  });
  afterAll(async () => {
    await paged?.close();
  });

  const html = (path: string) => readFileSync(join(pagedSite, `${path}.html`), "utf8");
  const entryIds = (page: string) =>
    [...page.matchAll(/<li id="([^"]+)" class="tl-entry"/g)].map((m) => m[1]);

  it("keeps the chart and an index of years on /timeline, with no entry of its own", () => {
    const page = html("timeline");
    expect(entryIds(page)).toEqual([]);
    expect([...page.matchAll(/data-tl-year="(\d{4})"/g)].map((m) => m[1])).toEqual([...years.keys()]);
    expect(page).toContain('class="tl-data"');
  });

  it("lists every item on its year's page, once, in time order, dated and sourced", async () => {
    const listed: string[] = [];
    for (const year of years.keys()) {
      const probe = await openProbe(site.browser, paged.url, { javaScriptEnabled: false });
      await probe.page.goto(`${paged.url}/timeline/${year}`, { waitUntil: "networkidle" });
      const entries = await probe.page.$$eval("li.tl-entry", (lis) =>
        lis.map((li) => ({
          id: li.id,
          time:
            li.querySelector(".tl-when time")?.getAttribute("datetime") ??
            li.querySelector(".tl-when [data-edtf]")?.getAttribute("data-edtf"),
          cites: li.querySelectorAll(".cites a, .cites cite").length,
        })),
      );
      await probe.close();
      for (const entry of entries) {
        // A calendar date as HTML's datetime, or an uncertain one (EDTF) as the evidence wrote it.
        expect(entry.time, entry.id).toMatch(/^\d{4}(-\d\d){0,2}$|^[0-9X.~?%/-]+$/);
        expect(entry.cites, entry.id).toBeGreaterThan(0);
      }
      listed.push(...entries.map((e) => e.id));
    }
    expect(listed).toEqual(items.map((i) => i.id));
  });

  it("opens the card of an item listed on another year's page from a deep link, asking only this site", async () => {
    const item = items[Math.floor(items.length / 2)] as (typeof items)[number];
    const probe = await openProbe(site.browser, paged.url);
    await probe.page.goto(`${paged.url}/timeline#${item.id}`, { waitUntil: "networkidle" });
    const card = probe.page.locator(".tl-card.tl-card-is-pinned");
    await expect.poll(() => card.textContent()).toContain(item.title);
    expect(await card.locator(".tl-when time").count()).toBeGreaterThan(0);
    expect(await card.locator(".cites").count()).toBe(1);
    await probe.close();
    expect(probe.errors).toEqual([]);
    expect(probe.outsideRequests).toEqual([]);
  });

  it("fetches a year's page only when a card needs one of its items", async () => {
    const probe = await openProbe(site.browser, paged.url);
    const fetched: string[] = [];
    probe.page.on("request", (request) => {
      if (/\/timeline\/\d{4}/.test(request.url())) fetched.push(request.url());
    });
    await probe.page.goto(`${paged.url}/timeline`, { waitUntil: "networkidle" });
    expect(fetched).toEqual([]);
    await probe.page.locator(".tl-cursor").focus();
    await probe.page.keyboard.press("End");
    const last = items[items.length - 1];
    await expect.poll(() => probe.page.locator(".tl-card").textContent()).toContain(last?.title);
    await expect
      .poll(() => probe.page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toContain(last?.title);
    await probe.close();
    // The first mark's year (the cursor starts there) and the last mark's: nothing else.
    const first = items[0]?.start.slice(0, 4);
    expect(new Set(fetched.map((url) => /\/timeline\/(\d{4})/.exec(url)?.[1]))).toEqual(
      new Set([first, last?.start.slice(0, 4)]),
    );
    expect(probe.outsideRequests).toEqual([]);
  });

  it("has no axe violation on /timeline with a card open, nor on a year's page, in light and dark mode", async () => {
    const item = items[0] as (typeof items)[number];
    for (const colorScheme of ["light", "dark"] as const)
      for (const path of [`/timeline#${item.id}`, `/timeline/${[...years.keys()][0]}`]) {
        const probe = await openProbe(site.browser, paged.url, { colorScheme });
        await probe.page.goto(paged.url + path, { waitUntil: "networkidle" });
        const { violations } = await axeFor(probe.page, colorScheme).analyze();
        await probe.close();
        expect(
          violations.map((v) => `${colorScheme} ${path}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`),
        ).toEqual([]);
        expect(probe.errors).toEqual([]);
      }
  });
});

describe("the guided story on the front page", () => {
  const steps = evidence.annotations
    .filter((a) => a.step !== undefined)
    .sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
  const position = (page: Page) => page.locator(".story-position").textContent();
  const visibleLabels = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll(".story-step")]
        .filter((step) => getComputedStyle(step).visibility === "visible")
        .map((step) => step.querySelector(".story-label")?.textContent),
    );

  it("lists every step in order without JavaScript, each with its chart excerpt and a link to the timeline", async () => {
    const probe = await site.open("/", { javaScriptEnabled: false, width: 375 });
    const { page } = probe;
    expect(await page.locator(".story-step .story-label").allTextContents()).toEqual(
      steps.map((s) => s.label),
    );
    expect(await page.locator(".story-step .story-chart svg .tl-emphasis").count()).toBeGreaterThanOrEqual(
      steps.length,
    );
    expect(await page.locator(".story-controls").isVisible()).toBe(false);
    const href = await page.locator("#step-1 .story-link a").getAttribute("href");
    expect(href).toMatch(/timeline#/);
    await probe.close();
  });

  it("shows one step at a time with JavaScript: buttons and arrow keys move it, the address keeps it", async () => {
    const probe = await site.open("/#step-3", { width: 1280 });
    const { page } = probe;
    await expect.poll(() => position(page)).toContain(`Step 3 of ${steps.length}`);
    expect(await visibleLabels(page)).toEqual([steps[2]?.label]);
    await page.locator(".story-next").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => position(page)).toContain(`Step 4 of ${steps.length}`);
    expect(new URL(page.url()).hash).toBe("#step-4");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await position(page)).toBe(`Step 2 of ${steps.length}`);
    expect(await visibleLabels(page)).toEqual([steps[1]?.label]);
    expect(new URL(page.url()).hash).toBe("#step-2");
    await page.locator(".story-previous").focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Space");
    expect(await position(page)).toContain("Step 1 of");
    expect(await page.locator(".story-previous").getAttribute("aria-disabled")).toBe("true");
    expect(await visibleLabels(page)).toEqual([steps[0]?.label]);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => window.scrollY), "moving through the story does not scroll").toBe(
      scrolled,
    );
    await probe.close();
  });

  it("links each step to its item on the timeline, where the live view emphasises that moment", async () => {
    const front = await site.open("/", { javaScriptEnabled: false });
    const href = await front.page.locator("#step-5 .story-link a").getAttribute("href");
    await front.close();
    expect(href).toMatch(/timeline#/);
    const target = new URL(href ?? "", `${site.url}/`);
    const probe = await site.open(target.pathname + target.hash, { width: 1280 });
    const emphasised = probe.page.locator(".tl-interactive svg .tl-label.tl-emphasis");
    await expect.poll(() => emphasised.count()).toBe(1);
    const text = (await emphasised.textContent()) ?? "";
    expect(await probe.page.locator(".tl-interactive svg .tl-emphasis-ring").count()).toBe(1);
    await probe.close();
    expect(text.replace(/\s+/g, "")).toBe(steps[4]?.label.replace(/\s+/g, ""));
  });

  for (const width of [320, 375, 768, 1280]) {
    it(`keeps the front page's chart labels apart and inside their charts at ${width} px, with and without JavaScript`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const probe = await site.open("/", { width, javaScriptEnabled });
        if (width === 375 || width === 1280)
          await probe.page.screenshot({
            path: `.tmp/story-${width}${javaScriptEnabled ? "" : "-nojs"}.png`,
            fullPage: true,
          });
        const { labels, problems } = await labelBoxProblems(probe.page, "#observablehq-main");
        const shift = await probe.layoutShift();
        await probe.close();
        expect(problems, `${width}px, JavaScript ${javaScriptEnabled}`).toEqual([]);
        expect(labels, `${width}px, JavaScript ${javaScriptEnabled}`).toBeGreaterThan(0);
        expect(shift, `${width}px, JavaScript ${javaScriptEnabled}`).toBe(0);
      }
    });
  }
});
