// What each page costs a reader: requests and bytes on the wire (gzip, as our server sends
// them), for the page and everything it loads, measured in Chromium. Embed pages are measured
// as an article loads them (static image) and, for vega-lite charts, with the interactive view
// (?interactive=1), against the embed budgets; the host script is weighed on its own.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { serveStatic } from "../scripts/lib/static-server.ts";
import { launchChromium } from "../test/browser/chromium.ts";
import { builtPagePaths } from "../test/browser/site.ts";

/** Budgets of the embeds issue, in KB of gzip transferred. */
export const embedBudgets = { staticEmbed: 30, interactiveEmbed: 350, hostScript: 2 };

type Row = Record<string, string | number>;

function verdict(kb: number, budget: number | undefined): string {
  if (budget === undefined) return "";
  return kb < budget ? `met (< ${budget} KB)` : `MISSED by ${(kb - budget).toFixed(1)} KB (< ${budget} KB)`;
}

async function transferred(
  browser: Browser,
  url: string,
): Promise<{ requests: number; kb: number; failed?: string }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const finished: Promise<number>[] = [];
    page.on("requestfinished", (request) =>
      finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
    );
    await page.goto(url, { waitUntil: "networkidle" });
    // ?interactive=1 starts loading vega after the page's own script ran: wait until it is drawn.
    let failed: string | undefined;
    if (url.includes("interactive=1"))
      await page.waitForSelector(".chart-interactive svg", { timeout: 30_000 }).catch(() => {
        failed = "interactive view did not load: figure incomplete";
      });
    await page.waitForLoadState("networkidle");
    const sizes = await Promise.all(finished);
    const kb = sizes.reduce((a, b) => a + b, 0) / 1024;
    return { requests: sizes.length, kb, ...(failed ? { failed } : {}) };
  } finally {
    await context.close();
  }
}

export async function measurePageWeights(siteDir: string): Promise<Row[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const path of builtPagePaths(siteDir)) {
      if (path === "/404") continue;
      const embed = /^\/embed\/(.+)$/.exec(path)?.[1];
      const budget = embed ? embedBudgets.staticEmbed : undefined;
      const { requests, kb } = await transferred(browser, server.url + path);
      rows.push({ page: path, requests, "KB (gzip)": kb.toFixed(1), budget: verdict(kb, budget) });
      if (embed && existsSync(join(siteDir, "charts", `${embed}.vl.json`))) {
        const interactive = await transferred(browser, `${server.url + path}?interactive=1`);
        rows.push({
          page: `${path}?interactive=1`,
          requests: interactive.requests,
          "KB (gzip)": interactive.kb.toFixed(1),
          budget: interactive.failed ?? verdict(interactive.kb, embedBudgets.interactiveEmbed),
        });
      }
    }
    const script = join(siteDir, "embed.js");
    if (existsSync(script)) {
      const kb = gzipSync(readFileSync(script), { level: 9 }).length / 1024;
      rows.push({
        page: "/embed.js (host script)",
        requests: 1,
        "KB (gzip)": kb.toFixed(2),
        budget: verdict(kb, embedBudgets.hostScript),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
