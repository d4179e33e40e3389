// The statements page in Chromium: quotes are the CSV's text exactly; matrix cells open the
// quote and sources behind them; the comparison marks changes accessibly, keeps the pair in the
// address and shows a default pair without JavaScript; the keyboard reaches every control.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dataDir } from "../../loaders/data-dir.ts";
import { controls, csvRows, ids, tabThrough, visibleText } from "./evidence-pages.ts";
import { serveSite } from "./served-site.ts";
import { shippedSite } from "./shipped-site.ts";
import { axeFor } from "./site.ts";

const siteDir = await shippedSite();
const dir = dataDir();
const statements = csvRows(dir, "statements.csv");
const claims = csvRows(dir, "claims.csv");
const textOf = new Map(statements.map((s) => [s.id ?? "", s.text ?? ""]));
const site = serveSite(siteDir);

async function open(options: { javaScriptEnabled?: boolean; query?: string; width?: number } = {}) {
  const probe = await site.open(`/statements${options.query ?? ""}`, options);
  return probe;
}

/** The pair of statement ids the comparison shows, read from the page. */
async function shownPair(page: Page): Promise<[string | null, string | null]> {
  return [
    await page.getAttribute('[data-diff="a"]', "data-statement"),
    await page.getAttribute('[data-diff="b"]', "data-statement"),
  ];
}

describe("statements, verbatim", () => {
  it("shows every statement once, its quote exactly the text of its statements.csv cell", async () => {
    const probe = await open();
    const shown = await probe.page.$$eval("article.statement", (articles) =>
      articles.map((a) => ({ id: a.id, text: a.querySelector("[data-quote]")?.textContent })),
    );
    await probe.close();
    expect(shown.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
    for (const s of shown) expect(s.text, s.id).toBe(textOf.get(s.id));
  });

  it("quotes the statement behind each claim exactly, wherever the page repeats it", async () => {
    const probe = await open();
    const quotes = await probe.page.$$eval("[data-quote]", (els) =>
      els.map((el) => ({ id: el.getAttribute("data-quote") ?? "", text: el.textContent })),
    );
    await probe.close();
    expect(quotes.length).toBeGreaterThan(statements.length);
    for (const q of quotes) expect(q.text, q.id).toBe(textOf.get(q.id));
  });

  it("sets a partial quote's context before the quote, labelled and outside it, wherever the page quotes it", async () => {
    const withContext = statements.filter((s) => s.context);
    expect(withContext.length).toBeGreaterThan(0);
    const probe = await open({ javaScriptEnabled: false });
    for (const s of withContext) {
      const shown = await probe.page.$$eval(`[data-quote="${s.id}"]`, (quotes) =>
        quotes.map((q) => {
          const before = q.closest("blockquote")?.previousElementSibling;
          return {
            context: before?.classList.contains("quote-context") ? (before.textContent ?? "") : "",
            inQuote: q.closest("blockquote")?.querySelector(".quote-context") !== null,
          };
        }),
      );
      expect(shown.length, s.id).toBeGreaterThan(0);
      for (const q of shown) {
        expect(q.context, s.id).toBe(`As reported: ${s.context} …`);
        expect(q.inQuote).toBe(false);
      }
    }
    await probe.close();
  });

  it("links every statement to its sources by number without JavaScript, each source listed once below", async () => {
    const probe = await open({ javaScriptEnabled: false });
    const found = await probe.page.evaluate(() => {
      // The list of the block of every statement: the one its first reference is described by.
      const first = document.querySelector("article.statement a.ref");
      const list = document.getElementById(first?.getAttribute("aria-describedby") ?? "")?.closest("ol");
      return {
        numbers: [...document.querySelectorAll("article.statement a.ref")].map((a) => a.textContent ?? ""),
        listed: [...(list?.querySelectorAll(":scope > li .ref-outlet a") ?? [])].map((a) =>
          a.getAttribute("href"),
        ),
      };
    });
    await probe.close();
    for (const n of found.numbers) expect(n).toMatch(/^\d+$/);
    expect(found.listed.length).toBe(new Set(found.listed).size);
    const cited = new Set(statements.flatMap((s) => ids(s.sources)));
    expect(found.listed.map((h) => h?.split("#")[1]).sort()).toEqual([...cited].sort());
  });

  it("links every statement to its sources", async () => {
    const probe = await open();
    const sourceLinks = await probe.page.$$eval("article.statement", (articles) =>
      articles.map((a) => ({
        id: a.id,
        hrefs: [...a.querySelectorAll(".cites a[href]")].map((l) => l.getAttribute("href") ?? ""),
      })),
    );
    await probe.close();
    for (const { id, hrefs } of sourceLinks) {
      const cited = ids(statements.find((s) => s.id === id)?.sources);
      for (const source of cited)
        expect(
          hrefs.some((h) => h.endsWith(`sources#${source}`)),
          `${id} → ${source}`,
        ).toBe(true);
    }
  });
});

describe("claims matrix", () => {
  const cells = [...new Set(claims.map((c) => `${c.topic}--${c.party}`))];

  it("has one linked cell per topic and party with claims, every other cell silent", async () => {
    const probe = await open();
    const linked = await probe.page.$$eval("a.cell-link", (links) =>
      links.map((l) => l.getAttribute("data-cell")),
    );
    const topics = new Set(claims.map((c) => c.topic)).size;
    const parties = new Set(claims.map((c) => c.party)).size;
    const silent = await probe.page.locator(".claims-matrix td.cell-silent").count();
    await probe.close();
    expect(linked.sort()).toEqual(cells.map((c) => `said--${c}`).sort());
    expect(silent).toBe(topics * parties - cells.length);
  });

  it("says each stance in words, not only in colour", async () => {
    const probe = await open();
    const words = await visibleText(probe.page, ".claims-matrix a.cell-link .stance");
    await probe.close();
    for (const w of words) expect(w).toMatch(/(asserts|denies|qualifies|conflicting)$/);
  });

  it("opens each cell's claims in a dialog with the right quotes and their sources, and Escape closes it", async () => {
    const probe = await open();
    const page = probe.page;
    for (const cell of cells) {
      const link = page.locator(`a.cell-link[data-cell="said--${cell}"]`);
      await link.click();
      const dialog = page.locator("dialog.cell-dialog");
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      const [topic, party] = cell.split("--");
      const inCell = claims.filter((c) => c.topic === topic && c.party === party);
      const quotes = await dialog.locator("[data-quote]").evaluateAll((els) => els.map((e) => e.textContent));
      expect(quotes.sort(), cell).toEqual(
        inCell
          .filter((c) => c.statement)
          .map((c) => textOf.get(c.statement ?? ""))
          .sort(),
      );
      const sourceHrefs = await dialog
        .locator(".cites a[href]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("href")));
      for (const source of inCell.flatMap((c) => ids(c.sources)))
        expect(
          sourceHrefs.some((h) => h?.endsWith(`sources#${source}`)),
          `${cell} cites ${source}`,
        ).toBe(true);
      expect(
        await dialog.locator(".cell-dialog-body [id], .cell-dialog-title [id]").count(),
        "the dialog copies no ids",
      ).toBe(0);
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe(
        `said--${cell}`,
      );
    }
    await probe.close();
  });

  it("titles the dialog with party and topic, and a link to the full statement closes it and goes there", async () => {
    const withQuote = claims.find((c) => c.statement);
    const probe = await open();
    await probe.page
      .locator(`a.cell-link[data-cell="said--${withQuote?.topic}--${withQuote?.party}"]`)
      .click();
    const title = await probe.page.textContent(".cell-dialog-title");
    await probe.page.locator(`dialog.cell-dialog a[href="#${withQuote?.statement}"]`).first().click();
    const stillOpen = await probe.page.locator("dialog.cell-dialog[open]").count();
    const hash = new URL(probe.page.url()).hash;
    await probe.close();
    // The topic's words, as the title quotes them ("Facebook on “Card transactions”").
    expect(title).toMatch(new RegExp(`on “${(withQuote?.topic ?? "").replace(/-/g, " ")}”`, "i"));
    expect(stillOpen).toBe(0);
    expect(hash).toBe(`#${withQuote?.statement}`);
  });

  it("opens a cell from the keyboard and has no axe violation while the dialog is open", async () => {
    const probe = await open();
    await probe.page.locator("a.cell-link").first().focus();
    await probe.page.keyboard.press("Enter");
    expect(await probe.page.evaluate(() => document.activeElement?.className)).toBe("cell-dialog-close");
    const { violations } = await axeFor(probe.page).analyze();
    await probe.page.keyboard.press("Enter");
    expect(await probe.page.locator("dialog.cell-dialog[open]").count()).toBe(0);
    await probe.close();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
      [],
    );
  });

  it("without JavaScript, each cell links to its answer on the page, which holds the same quotes", async () => {
    const probe = await open({ javaScriptEnabled: false });
    for (const cell of cells) {
      const href = await probe.page.getAttribute(`a.cell-link[data-cell="said--${cell}"]`, "href");
      expect(href).toBe(`#said--${cell}`);
      const quotes = await probe.page
        .locator(`[id="said--${cell}"] [data-quote]`)
        .evaluateAll((els) => els.map((e) => e.textContent));
      const [topic, party] = cell.split("--");
      const expected = claims.filter((c) => c.topic === topic && c.party === party && c.statement);
      expect(quotes.sort()).toEqual(expected.map((c) => textOf.get(c.statement ?? "")).sort());
    }
    await probe.close();
  });
});

describe("compare two statements", () => {
  it("shows a default pair without JavaScript, changes marked with <del> and <ins>", async () => {
    const probe = await open({ javaScriptEnabled: false });
    const [a, b] = await shownPair(probe.page);
    const [before, after] = await visibleText(probe.page, "[data-diff]");
    const marks = {
      del: await probe.page.locator("[data-diff=a] del").count(),
      ins: await probe.page.locator("[data-diff=b] ins").count(),
    };
    const formHidden = await probe.page.locator("form.compare-form").isHidden();
    await probe.close();
    expect(before).toBe(textOf.get(a ?? ""));
    expect(after).toBe(textOf.get(b ?? ""));
    expect(marks.del + marks.ins).toBeGreaterThan(0);
    expect(formHidden, "controls that need JavaScript are hidden without it").toBe(true);
  });

  it("marks changes for screen readers and by more than colour", async () => {
    const probe = await open();
    const del = probe.page.locator("[data-diff=a] del").first();
    const ins = probe.page.locator("[data-diff=b] ins").first();
    const styles = {
      del: await del.evaluate((e) => getComputedStyle(e).textDecorationLine),
      ins: await ins.evaluate(
        (e) => `${getComputedStyle(e).textDecorationLine} ${getComputedStyle(e).fontWeight}`,
      ),
      delSaid: await del.locator(".visually-hidden").first().textContent(),
      insSaid: await ins.locator(".visually-hidden").first().textContent(),
    };
    await probe.close();
    expect(styles.del).toContain("line-through");
    expect(styles.ins).toMatch(/underline 700/);
    expect(styles.delSaid).toBe("[deleted: ");
    expect(styles.insSaid).toBe("[inserted: ");
  });

  it("keeps a chosen pair in the address, and that address opens the same pair", async () => {
    const [a, b] = [statements[0]?.id ?? "", statements[statements.length - 1]?.id ?? ""];
    const first = await open();
    await first.page.selectOption("select[name=compare]", a);
    await first.page.selectOption("select[name=with]", b);
    const url = new URL(first.page.url());
    const shownHere = await shownPair(first.page);
    await first.close();
    expect(url.searchParams.get("compare")).toBe(a);
    expect(url.searchParams.get("with")).toBe(b);
    expect(shownHere).toEqual([a, b]);

    const second = await open({ query: url.search });
    const selects = [
      await second.page.inputValue("select[name=compare]"),
      await second.page.inputValue("select[name=with]"),
    ];
    const [before, after] = await visibleText(second.page, "[data-diff]");
    await second.close();
    expect(selects).toEqual([a, b]);
    expect(before).toBe(textOf.get(a));
    expect(after).toBe(textOf.get(b));
  });

  it("swaps the pair with the Swap button and updates the address", async () => {
    const probe = await open();
    const [a, b] = await shownPair(probe.page);
    await probe.page.getByRole("button", { name: "Swap" }).click();
    const swapped = await shownPair(probe.page);
    const url = new URL(probe.page.url());
    await probe.close();
    expect(swapped).toEqual([b, a]);
    expect([url.searchParams.get("compare"), url.searchParams.get("with")]).toEqual([b, a]);
  });

  it("falls back to the default pair, and says so, when the address names an unknown statement", async () => {
    const noJs = await open({ javaScriptEnabled: false });
    const defaults = await shownPair(noJs.page);
    await noJs.close();
    const probe = await open({ query: "?compare=no-such-statement&with=also-missing" });
    const pair = await shownPair(probe.page);
    const status = await probe.page.textContent("[data-compare-status]");
    await probe.close();
    expect(pair).toEqual(defaults);
    expect(status).toContain("not in the evidence");
  });

  it("has no axe violation with the comparison's controls shown", async () => {
    const probe = await open({ query: `?compare=${statements[0]?.id}&with=${statements[1]?.id}` });
    const { violations } = await axeFor(probe.page).include("#compare").analyze();
    await probe.close();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

describe("keyboard", () => {
  it("reaches every link, button, select, summary and scrollable region with Tab", async () => {
    const probe = await open();
    const expected = await controls(
      probe.page,
      "#observablehq-main",
      "a[href], button, select, summary, [tabindex='0']",
    );
    const reached = new Set(await tabThrough(probe.page));
    await probe.close();
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.filter((key) => !reached.has(key))).toEqual([]);
  });
});

describe("small screens", () => {
  it("does not scroll sideways at 375 px: the matrix scrolls inside its own region", async () => {
    const probe = await open({ width: 375 });
    const overflow = await probe.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    const region = await probe.page.evaluate(() => {
      const r = document.querySelector(".matrix-wrap") as HTMLElement | null;
      return r ? r.scrollWidth > r.clientWidth : null;
    });
    await probe.close();
    expect(overflow).toBeLessThanOrEqual(0);
    expect(region).toBe(true);
  });
});
