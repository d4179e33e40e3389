// Framework's live reload in a page under `npm run dev`: its client logs each message from the
// preview server. A page watches for changes only once the server has welcomed it, so an edit
// made earlier may be missed; tests and the bench wait for the welcome before they edit.
import type { Page } from "playwright-core";

/** Resolves when the page's next live-reload socket is welcomed (the page is being watched). */
export function liveReloadWelcome(page: Page, timeout = 60_000): Promise<void> {
  const welcome = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off("console", listen);
      reject(new Error(`no live-reload welcome in ${timeout} ms`));
    }, timeout);
    const listen = async (message: import("playwright-core").ConsoleMessage) => {
      const [arrow, body] = message.args();
      if (!body || (await arrow?.jsonValue().catch(() => "")) !== "↓") return;
      const { type } = (await body.jsonValue().catch(() => ({}))) as { type?: string };
      if (type !== "welcome") return;
      clearTimeout(timer);
      page.off("console", listen);
      resolve();
    };
    page.on("console", listen);
  });
  // Awaited later, after the edit: a timeout before then must not end the process unhandled.
  welcome.catch(() => undefined);
  return welcome;
}

/**
 * Waits until Framework surely watches the page: its watchers attach after the welcome, behind
 * the page's module requests, so a save right after a (re)load can miss the tab's reload (a known
 * limit of the preview, see the README). A journalist's page has been open for a while; tests
 * and the bench wait as long before they save.
 */
export async function settledAfterWelcome(page: Page, welcome: Promise<void>, ms = 8000): Promise<void> {
  await welcome;
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(ms);
}
