import type { Page } from "playwright-core";

/**
 * A large timeline goes live when the reader reaches for it: click its start button, as a
 * reader would (a small one is live already and has none). The benches time the live view from there.
 */
export async function startLiveView(page: Page): Promise<void> {
  const button = page.locator("button.tl-start[data-ready]");
  if (await button.count()) await button.click();
}
