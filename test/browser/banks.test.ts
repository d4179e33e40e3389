// The banks page in Chromium: one addressable row per bank, events linked to the timeline,
// every fact linked to its source, quotes verbatim, the unnamed bank never named, and a table
// that sorts with real buttons and says how it is sorted (aria-sort).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";
import { formatPartialDate } from "../../loaders/format/partial-date.ts";
import { controls, csvRows, ids, tabThrough } from "./evidence-pages.ts";
import { serveSite } from "./served-site.ts";
import { shippedSite } from "./shipped-site.ts";
import { axeFor, type ProbeOptions } from "./site.ts";

const siteDir = await shippedSite();
const dir = dataDir();
const banks = csvRows(dir, "actors.csv").filter((a) => a.kind === "bank");
const bankIds = new Set(banks.map((b) => b.id));
const events = csvRows(dir, "events.csv");
const statements = csvRows(dir, "statements.csv");
const hasTimeline = existsSync(join(siteDir, "timeline.html"));
const site = serveSite(siteDir);

function open(options: ProbeOptions = {}) {
  return site.open("/banks", options);
}

function rowIds(page: Page): Promise<string[]> {
  return page.$$eval("table.banks-table tbody tr", (rows) => rows.map((r) => r.id));
}

describe("rows", () => {
  it("has one row per actor of kind bank, each addressable as /banks#<bank-id>", async () => {
    const probe = await open();
    const shown = await rowIds(probe.page);
    await probe.page.goto(`${site.url}/banks#${banks[0]?.id}`);
    const targeted = await probe.page.evaluate(() => document.querySelector(":target")?.id);
    await probe.close();
    expect(shown.sort()).toEqual([...bankIds].sort());
    expect(targeted).toBe(banks[0]?.id);
  });

  it("shows each bank's name exactly as in actors.csv", async () => {
    const probe = await open();
    const names = await probe.page.$$eval("tbody tr", (rows) =>
      rows.map((r) => [r.id, r.querySelector(".bank-title")?.textContent]),
    );
    await probe.close();
    for (const [id, name] of names) expect(name).toBe(banks.find((b) => b.id === id)?.name);
  });

  it("links each bank's events to the timeline, at the event's id, and only events naming the bank", async () => {
    const probe = await open();
    const links = await probe.page.$$eval("tbody tr", (rows) =>
      rows.map((r) => ({
        bank: r.id,
        hrefs: [...r.querySelectorAll("a[href*='timeline#']")].map((a) => a.getAttribute("href") ?? ""),
      })),
    );
    if (!hasTimeline) {
      await probe.close();
      expect(
        links.flatMap((l) => l.hrefs),
        "no links into a page the site does not have",
      ).toEqual([]);
      return;
    }
    for (const { bank, hrefs } of links) {
      const named = events.filter((e) => ids(e.actors).includes(bank)).map((e) => e.id);
      const linked = [...new Set(hrefs.map((h) => h.split("#")[1]))];
      expect(linked.sort(), bank).toEqual(named.sort());
    }
    const first = links.find((l) => l.hrefs.length);
    const eventId = first?.hrefs[0]?.split("#")[1] ?? "";
    await probe.page.goto(`${site.url}/timeline#${eventId}`, { waitUntil: "networkidle" });
    const found = await probe.page.evaluate((id) => !!document.getElementById(id), eventId);
    await probe.close();
    expect(found, `/timeline has an element with id ${eventId}`).toBe(true);
  });

  it("links every cell that states a fact to at least one source", async () => {
    const probe = await open();
    const cells = await probe.page.$$eval("tbody td", (tds) =>
      tds.map((td) => ({
        text: td.textContent ?? "",
        sources: td.querySelectorAll("a[href*='sources#']").length,
      })),
    );
    await probe.close();
    for (const cell of cells) {
      if (
        /^(No .* in the evidence\.|Nothing in the evidence\.|No contact in the evidence\.|Unknown)$/.test(
          cell.text.trim(),
        )
      )
        continue;
      expect(cell.sources, cell.text.slice(0, 80)).toBeGreaterThan(0);
    }
  });

  it("quotes each bank's public response exactly as in statements.csv", async () => {
    const probe = await open();
    const quotes = await probe.page.$$eval("tbody [data-quote]", (els) =>
      els.map((e) => ({ id: e.getAttribute("data-quote"), text: e.textContent })),
    );
    await probe.close();
    const forBanks = statements.filter((s) => bankIds.has(s.on_behalf_of || s.speaker || ""));
    expect(quotes.map((q) => q.id).sort()).toEqual(forBanks.map((s) => s.id).sort());
    for (const q of quotes) expect(q.text).toBe(statements.find((s) => s.id === q.id)?.text);
  });

  it("never puts a withdrawal that names no bank in a bank's row; it is listed apart", async () => {
    const unnamed = events.filter(
      (e) => e.kind === "withdrawal" && !ids(e.actors).some((a) => bankIds.has(a)),
    );
    const probe = await open({ javaScriptEnabled: false });
    const statuses = await probe.page.$$eval("tbody .bank-status", (els) => els.map((e) => e.textContent));
    const tableText = await probe.page.textContent("table.banks-table");
    const apart = await probe.page.textContent(".unattributed").catch(() => "");
    await probe.close();
    for (const e of unnamed) {
      expect(tableText).not.toContain(e.title);
      expect(apart).toContain(e.title);
    }
    if (unnamed.length) expect(statuses).not.toContain("Pulled out");
  });
});

describe("sorting", () => {
  it("is sorted by bank name without JavaScript, and says so with aria-sort", async () => {
    const probe = await open({ javaScriptEnabled: false });
    const names = await probe.page.$$eval("tbody tr", (rows) =>
      rows.map((r) => r.getAttribute("data-sort-name") ?? ""),
    );
    const sorted = await probe.page.getAttribute("thead th[data-sort-key=name]", "aria-sort");
    const buttons = await probe.page.locator("thead button").count();
    await probe.close();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    expect(sorted).toBe("ascending");
    expect(buttons).toBe(0);
  });

  it("sorts by customer base with a header button, largest last then first, banks without a figure last", async () => {
    const probe = await open();
    const page = probe.page;
    const button = page.locator("thead th[data-sort-key=customers] button");
    const values = () =>
      page.$$eval("tbody tr", (rows) => rows.map((r) => r.getAttribute("data-sort-customers") ?? ""));
    await button.click();
    const ascending = await values();
    const ariaAfterOne = await page.getAttribute("thead th[data-sort-key=customers]", "aria-sort");
    const nameAria = await page.getAttribute("thead th[data-sort-key=name]", "aria-sort");
    await button.click();
    const descending = await values();
    const ariaAfterTwo = await page.getAttribute("thead th[data-sort-key=customers]", "aria-sort");
    await probe.close();
    const numbers = (list: string[]) => list.filter(Boolean).map(Number);
    expect(numbers(ascending)).toEqual([...numbers(ascending)].sort((a, b) => a - b));
    expect(numbers(descending)).toEqual([...numbers(descending)].sort((a, b) => b - a));
    for (const list of [ascending, descending])
      expect(list.slice(list.filter(Boolean).length).every((v) => v === "")).toBe(true);
    expect([ariaAfterOne, nameAria, ariaAfterTwo]).toEqual(["ascending", null, "descending"]);
  });

  it("sorts from the keyboard and keeps each row's id and content", async () => {
    const probe = await open();
    const page = probe.page;
    const before = await page.$$eval("tbody tr", (rows) =>
      Object.fromEntries(rows.map((r) => [r.id, r.innerHTML])),
    );
    await page.locator("thead th[data-sort-key=status] button").focus();
    await page.keyboard.press("Enter");
    const after = await page.$$eval("tbody tr", (rows) =>
      rows.map((r) => [r.id, r.innerHTML, r.getAttribute("data-sort-status")]),
    );
    const announced = await page.textContent("table + [role=status]");
    await probe.close();
    for (const [id, html] of after) expect(html).toBe(before[id ?? ""]);
    const ranks = after.map((r) => Number(r[2]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(announced).toBe("Sorted by Status, ascending.");
  });
});

/** Each source as a reference must name it: outlet, title when recorded, date when recorded. */
const sourceLines = new Map(
  loadEvidence(dir).sources.map((s) => [
    s.id,
    [s.outlet, s.title, s.published && formatPartialDate(s.published)].filter((x): x is string => !!x),
  ]),
);

describe("citations", () => {
  it("cites by number without JavaScript, each a link to its source's entry, each source listed once below", async () => {
    const probe = await open({ javaScriptEnabled: false });
    const found = await probe.page.evaluate(() => {
      // The table's and the withdrawals' listed under it: one numbering, one list.
      const refs = [...document.querySelectorAll<HTMLAnchorElement>("#observablehq-main a.ref")];
      const list = [...document.querySelectorAll(".references .reference-list > li")];
      return {
        refs: refs.map((a) => ({
          text: a.textContent ?? "",
          href: a.getAttribute("href") ?? "",
          described:
            document.getElementById(a.getAttribute("aria-describedby") ?? "")?.closest("li")?.id ?? "",
        })),
        list: list.map((li) => ({
          id: li.id,
          entry: li.querySelector(".ref-outlet a")?.getAttribute("href") ?? "",
        })),
        // Links to originals are in the list, not in the cells.
        inCells: document.querySelectorAll(
          "table.banks-table td .original, table.banks-table td a[rel~=external]",
        ).length,
      };
    });
    await probe.close();
    expect(found.refs.length).toBeGreaterThan(0);
    const sourceIds = new Set(sourceLines.keys());
    for (const ref of found.refs) {
      expect(ref.href).toMatch(/sources#/);
      expect(sourceIds.has(ref.href.split("#")[1] ?? "")).toBe(true);
      // Number n is described by the list's entry n, which links to the same source.
      const item = found.list[Number(ref.text) - 1];
      expect(ref.described).toBe(item?.id);
      expect(item?.entry).toBe(ref.href);
    }
    const cited = new Set(found.refs.map((r) => r.href));
    expect(found.list.map((l) => l.entry).sort()).toEqual([...cited].sort());
    expect(found.inCells).toBe(0);
  });

  it("shows a reference's outlet, title and date beside it on focus and on hover, and Escape closes it", async () => {
    const probe = await open();
    const { page } = probe;
    const ref = page.locator("table.banks-table a.ref").first();
    const id = ((await ref.getAttribute("href")) ?? "").split("#")[1] ?? "";
    const popover = page.locator("#ref-popover");
    await ref.focus();
    await expect.poll(() => popover.isVisible()).toBe(true);
    const lines = (await popover.locator(".ref-popover-line").allTextContents()).map((l) => l.trim());
    expect(await popover.getAttribute("role")).toBe("tooltip");
    await page.keyboard.press("Escape");
    const closed = await popover.isVisible();
    await ref.blur();
    await page.locator("table.banks-table a.ref").nth(1).hover();
    const hovered = await popover.isVisible();
    await probe.close();
    expect(lines).toEqual(sourceLines.get(id));
    expect(closed).toBe(false);
    expect(hovered).toBe(true);
    expect(probe.errors).toEqual([]);
  });

  it("keeps the open popover inside a 375 px screen, with no axe violation", async () => {
    const probe = await open({ width: 375 });
    const { page } = probe;
    const refs = page.locator("table.banks-table a.ref");
    // The reference furthest right in the table's first screen: the popover must fold back.
    await refs.last().scrollIntoViewIfNeeded();
    await refs.last().focus();
    await expect.poll(() => page.locator("#ref-popover").isVisible()).toBe(true);
    const fit = await page.evaluate(() => {
      const box = (document.getElementById("ref-popover") as HTMLElement).getBoundingClientRect();
      return {
        left: box.left,
        right: box.right,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
    const axe = await axeFor(page).analyze();
    await probe.close();
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(375);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});

describe("keyboard and small screens", () => {
  it("reaches every link, button, summary and the scrollable table with Tab", async () => {
    const probe = await open();
    const expected = await controls(
      probe.page,
      "#observablehq-main",
      "a[href], button, summary, [tabindex='0']",
    );
    const reached = new Set(await tabThrough(probe.page));
    await probe.close();
    expect(expected.filter((key) => !reached.has(key))).toEqual([]);
  });

  it("does not scroll sideways at 375 px: the table scrolls inside its own region", async () => {
    const probe = await open({ width: 375 });
    const overflow = await probe.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    await probe.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
