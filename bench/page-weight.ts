// What each page costs a reader: requests and bytes on the wire (gzip, as our server sends
// them), for the page and everything it loads, measured in Chromium.
import { serveStatic } from "../scripts/lib/static-server.ts";
import { launchChromium } from "../test/browser/chromium.ts";
import { builtPagePaths } from "../test/browser/site.ts";

export async function measurePageWeights(siteDir: string): Promise<Record<string, string | number>[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  const rows: Record<string, string | number>[] = [];
  try {
    for (const path of builtPagePaths(siteDir)) {
      if (path === "/404") continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished: Promise<number>[] = [];
      page.on("requestfinished", (request) =>
        finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
      );
      await page.goto(server.url + path, { waitUntil: "networkidle" });
      const sizes = await Promise.all(finished);
      const kb = sizes.reduce((a, b) => a + b, 0) / 1024;
      const budget = path.startsWith("/embed/") ? 30 : undefined;
      rows.push({
        page: path,
        requests: sizes.length,
        "KB (gzip)": kb.toFixed(1),
        budget: budget ? `< ${budget} KB static embed` : "",
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
