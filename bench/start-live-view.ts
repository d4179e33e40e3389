import type { Page } from "playwright-core";

/** How long after the page's load event a reader reaches for the chart: time to see it and move. */
export const readerDelayMs = 1000;

/**
 * A large timeline goes live when the reader reaches for it: click its start button, as a
 * reader would, a moment after the page has loaded (a small one is live already and has none).
 * In that moment the page loads the live view's modules in idle time, as it would for a reader;
 * the benches time the live view from the click.
 */
export async function startLiveView(page: Page): Promise<void> {
  const button = page.locator("button.tl-start[data-ready]");
  if (!(await button.count())) return;
  await page.waitForTimeout(readerDelayMs);
  await button.click();
}
