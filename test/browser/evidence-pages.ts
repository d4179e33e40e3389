// Helpers for the statements, banks, sources and hostile-data browser tests: the CSV values as
// a spreadsheet holds them (read with papaparse, not through our loaders), text a reader sees,
// and a keyboard walk over a page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";

/** The rows of one CSV of an evidence folder as plain records, exactly as the cells hold them. */
export function csvRows(dir: string, file: string): Record<string, string>[] {
  const text = readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" }).data;
}

/** The ids in a `;`-separated cell. */
export function ids(cell: string | undefined): string[] {
  return (cell ?? "")
    .split(";")
    .map((id) => id.trim())
    .filter(Boolean);
}

/** An element's text without the words only screen readers get (.visually-hidden). */
export async function visibleText(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
      return copy.textContent ?? "";
    }),
  );
}

/**
 * Presses Tab until focus comes back to an element it reached before (or `limit` presses),
 * returning a key for each element reached: its tag, then its id, href, name or text.
 */
export async function tabThrough(page: Page, limit = 3000): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reached: string[] = [];
  let emptyPresses = 0;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (el.hasAttribute("data-tab-seen")) return "";
      el.setAttribute("data-tab-seen", "");
      return `${el.tagName.toLowerCase()}|${el.id || el.getAttribute("href") || el.getAttribute("name") || el.textContent?.trim().slice(0, 40)}`;
    });
    if (key === "") break;
    if (key === null) {
      if (++emptyPresses > 2) break;
      continue;
    }
    reached.push(key);
  }
  return reached;
}

/** The same keys for every control a reader should be able to reach inside `root`. */
export async function controls(page: Page, root: string, selector: string): Promise<string[]> {
  return page.$$eval(`${root} :is(${selector})`, (elements) =>
    elements
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          box.width > 0 &&
          box.height > 0 &&
          style.visibility !== "hidden" &&
          !el.closest("details:not([open]) > :not(summary)")
        );
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}|${el.id || el.getAttribute("href") || el.getAttribute("name") || el.textContent?.trim().slice(0, 40)}`,
      ),
  );
}
