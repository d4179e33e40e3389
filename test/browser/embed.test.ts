// Embeds as an editor uses them: a host article on a second origin pastes the gallery's snippet
// for two charts; the iframes must size themselves, ignore forged messages, and load nothing
// from any other host. Every embed page works without JavaScript, and every chart's static
// files exist with the right size.
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedSnippet } from "../../loaders/embed/oembed.ts";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "./chromium.ts";
import { shippedSite } from "./shipped-site.ts";
import { openProbe } from "./site.ts";

const siteDir = await shippedSite();
const chartIds = readdirSync(join(siteDir, "embed"))
  .filter((name) => name.endsWith(".html"))
  .map((name) => name.replace(/\.html$/, ""))
  .sort();
let site: StaticServer;
let host: Server;
let hostUrl: string;
let browser: Browser;

function chartMeta(id: string): { title: string; height: number } {
  const { title } = JSON.parse(readFileSync(join(siteDir, "charts", `${id}.json`), "utf8"));
  const svg = readFileSync(join(siteDir, "charts", `${id}.svg`), "utf8");
  return { title, height: Number(/height="([\d.]+)"/.exec(svg)?.[1]) };
}

beforeAll(async () => {
  site = await serveStatic(siteDir, 0, "127.0.0.1");
  const article = readFileSync("test/fixtures/host-article/article.html", "utf8");
  const page = chartIds.slice(0, 2).reduce((html, id, i) => {
    const { title, height } = chartMeta(id);
    return html.replace(`<!-- EMBED ${i + 1} -->`, embedSnippet({ id, title, height }, site.url));
  }, article);
  // The host article lives on another loopback origin, as an article page on a news site would.
  host = createServer((req, res) => {
    if (req.url === "/forger") {
      res.writeHead(200, { "content-type": "text/html" }).end(
        `<!DOCTYPE html><title>forger</title><script>
          parent.postMessage({type: "dossier:embed-size", version: 1, chart: "${chartIds[0]}", height: 3333}, "*");
        </script>`,
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((ok) => host.listen(0, "127.0.0.2", ok));
  const address = host.address();
  hostUrl = `http://127.0.0.2:${typeof address === "object" && address ? address.port : 0}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((ok) => host?.close(ok));
});

/** Each embed iframe's height against its content's height, and whether it scrolls inside. */
async function iframeFit(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLIFrameElement>("iframe[data-dossier-embed]")).map((iframe) => ({
      outer: iframe.getBoundingClientRect().height,
      src: iframe.src,
    })),
  );
}

async function contentHeights(page: Page): Promise<{ content: number; scrolls: boolean }[]> {
  const frames = page.frames().filter((frame) => frame.url().startsWith(site.url));
  return Promise.all(
    frames.map((frame) =>
      frame.evaluate(() => {
        const article = document.querySelector("[data-embed]") as HTMLElement;
        return {
          content: article.getBoundingClientRect().bottom + window.scrollY,
          scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
        };
      }),
    ),
  );
}

describe("the embed snippet in a host article on another origin", () => {
  it("has charts to embed", () => {
    expect(chartIds.length).toBeGreaterThanOrEqual(2);
  });

  it("sizes each iframe to its content, follows a width change, and ignores forged messages", async () => {
    const probe = await openProbe(browser, hostUrl, { width: 1000 });
    const { page } = probe;
    const allowed = [hostUrl, site.url];
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${hostUrl}/`, { waitUntil: "networkidle" });

    // Chromium pauses rendering in cross-origin frames that are off screen, as a reader's
    // browser does; each iframe is looked at, as a reader scrolling the article would.
    const fits = async () => {
      for (const iframe of await page.locator("iframe[data-dossier-embed]").all())
        await iframe.scrollIntoViewIfNeeded();
      const outer = await iframeFit(page);
      const inner = await contentHeights(page);
      return outer.map((o, i) => ({
        gap: Math.abs(o.outer - (inner[i]?.content ?? 0)),
        scrolls: inner[i]?.scrolls,
      }));
    };
    await expect
      .poll(async () => (await fits()).every((f) => f.gap <= 24 && !f.scrolls), { timeout: 10_000 })
      .toBe(true);
    const wide = (await iframeFit(page)).map((f) => f.outer);

    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(async () => (await fits()).every((f) => f.gap <= 24 && !f.scrolls), { timeout: 10_000 })
      .toBe(true);
    const narrow = (await iframeFit(page)).map((f) => f.outer);
    expect(narrow).not.toEqual(wide);

    // A message with our shape from the host page itself, and one from a third-origin frame.
    await page.evaluate(() => {
      window.postMessage({ type: "dossier:embed-size", version: 1, chart: "x", height: 2222 }, "*");
      window.postMessage("not an object", "*");
      window.postMessage(null, "*");
      const forger = document.createElement("iframe");
      forger.src = `${location.origin.replace("127.0.0.2", "127.0.0.3")}/forger`;
      document.body.append(forger);
    });
    await page.waitForTimeout(500);
    expect((await iframeFit(page)).map((f) => f.outer)).toEqual(narrow);

    await probe.close();
    expect(probe.errors).toEqual([]);
    expect(
      requests.filter(
        (url) =>
          !allowed.some((origin) => url.startsWith(`${origin}/`)) &&
          !url.startsWith("data:") &&
          !url.includes("127.0.0.3"),
      ),
    ).toEqual([]);
  });
});

// The static server, like most hosts' rules for underscore folders, caches `_embed/` for a year:
// a script whose name stayed the same across builds would keep serving the old one.
describe("the embed pages' own scripts", () => {
  it("carry a content hash in every file name, and every embed page loads one that exists", () => {
    const files = readdirSync(join(siteDir, "_embed"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/-[A-Z0-9]{8}\.js$/);
    for (const id of chartIds) {
      const html = readFileSync(join(siteDir, "embed", `${id}.html`), "utf8");
      const src = /<script type="module" src="\.\.\/_embed\/([^"]+)"/.exec(html)?.[1];
      expect(files, id).toContain(src);
    }
  });
});

describe.each(chartIds)("embed page %s", (id) => {
  it("shows the static chart, title and source without JavaScript", async () => {
    const probe = await openProbe(browser, site.url, { javaScriptEnabled: false, width: 400 });
    await probe.page.goto(`${site.url}/embed/${id}`);
    const image = probe.page.locator("figure.chart .chart-image svg");
    expect(await image.count()).toBe(1);
    expect((await image.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    expect(await probe.page.locator("h1").textContent()).toBe(chartMeta(id).title);
    expect(await probe.page.locator(".embed-source").textContent()).toMatch(/Source/);
    await probe.close();
  });

  it("does not move once its script has run: no layout shift on a phone or a desktop", async () => {
    for (const width of [375, 1000]) {
      const probe = await openProbe(browser, site.url, { width });
      await probe.page.goto(`${site.url}/embed/${id}`, { waitUntil: "networkidle" });
      const shifts = await probe.layoutShift();
      await probe.close();
      expect(shifts, `cumulative layout shift at ${width} px`).toBe(0);
    }
  });

  it("follows ?theme=dark and ?theme=light whatever the reader's setting", async () => {
    for (const [theme, scheme] of [
      ["dark", "light"],
      ["light", "dark"],
    ] as const) {
      const probe = await openProbe(browser, site.url, { colorScheme: scheme });
      await probe.page.goto(`${site.url}/embed/${id}?theme=${theme}`, { waitUntil: "networkidle" });
      const background = await probe.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      // rgb(r, g, b) with 0–255, or color(srgb r g b) with 0–1 (what color-mix() computes to).
      const scale = background.startsWith("color(") ? 255 : 1;
      const [r = 0, g = 0, b = 0] = (background.match(/[\d.]+/g) ?? []).map((n) => Number(n) * scale);
      const light = r + g + b > 3 * 128;
      expect(light, `${theme} theme background ${background}`).toBe(theme === "light");
      await probe.close();
      expect(probe.errors).toEqual([]);
    }
  });

  it("has an SVG and a 2x PNG of the chart, and a CSV no spreadsheet would run as formulas", () => {
    const svg = readFileSync(join(siteDir, "charts", `${id}.svg`), "utf8");
    const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(20);
    const png = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="data:image/png;base64,${readFileSync(join(siteDir, "charts", `${id}.png`)).toString("base64")}"/></svg>`,
    );
    expect(png.innerBBox()?.width).toBeCloseTo(width * 2, 0);
    const rows = Papa.parse<string[]>(readFileSync(join(siteDir, "charts", `${id}.csv`), "utf8").trimEnd(), {
      delimiter: ",",
    }).data;
    expect(rows.length).toBeGreaterThan(1);
    const columns = rows[0] ?? [];
    for (const row of rows.slice(1)) {
      row.forEach((cell, i) => {
        if (/^[=+\-@\t\r\n]/.test(cell))
          expect(Number.isFinite(Number(cell)), `${columns[i]}: ${cell}`).toBe(true);
      });
    }
    const oembed = JSON.parse(readFileSync(join(siteDir, "oembed", `${id}.json`), "utf8"));
    expect(oembed).toMatchObject({ version: "1.0", type: "rich" });
    expect(oembed.html).toContain(`/embed/${id}"`);
  });
});

describe("the interactive view", () => {
  it("loads vega only when asked, in place of the static chart", async () => {
    const id = chartIds.find((chart) => readdirSync(join(siteDir, "charts")).includes(`${chart}.vl.json`));
    expect(id).toBeDefined();
    const probe = await openProbe(browser, site.url);
    const scripts: string[] = [];
    probe.page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await probe.page.goto(`${site.url}/embed/${id}`, { waitUntil: "networkidle" });
    expect(scripts.filter((url) => /vega/.test(url))).toEqual([]);
    await probe.page.getByRole("button", { name: "Interactive view" }).click();
    await probe.page.locator(".chart-interactive svg").waitFor({ timeout: 15_000 });
    expect(scripts.some((url) => /vega/.test(url))).toBe(true);
    // vega alone, from the build-time vega spec: the vega-lite compiler stays on the server.
    expect(scripts.filter((url) => /vega-lite|vega-embed/.test(url))).toEqual([]);
    // Pointing at a mark shows its values in vega-tooltip's tooltip.
    await probe.page
      .locator(".chart-interactive svg .mark-rect path, .chart-interactive svg .mark-symbol path")
      .first()
      .hover();
    await probe.page.locator("#vg-tooltip-element.visible").waitFor({ timeout: 5_000 });
    await probe.close();
    expect(probe.errors).toEqual([]);
  });
});

describe("the embed gallery", () => {
  it("copies each chart's embed code from the keyboard, and says so", async () => {
    const probe = await openProbe(browser, site.url);
    await probe.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    await probe.page.goto(`${site.url}/embed`, { waitUntil: "networkidle" });
    const buttons = await probe.page.locator("button.copy-snippet").count();
    const area = probe.page.locator("textarea[data-snippet-chart]").last();
    await area.focus();
    await probe.page.keyboard.press("Tab");
    const focused = await probe.page.evaluate(() => document.activeElement?.textContent);
    await probe.page.keyboard.press("Enter");
    await probe.page.waitForFunction(
      () =>
        document.querySelectorAll(".copy-status")[document.querySelectorAll(".copy-status").length - 1]
          ?.textContent !== "",
    );
    const status = await probe.page.locator(".copy-status").last().textContent();
    const copied = await probe.page.evaluate(() => navigator.clipboard.readText());
    const snippet = await area.inputValue();
    const shift = await probe.layoutShift();
    await probe.close();
    expect(buttons).toBe(chartIds.length);
    expect(focused, "Tab from a snippet reaches its copy button").toBe("Copy embed code");
    expect(status).toBe("Copied.");
    expect(copied).toBe(snippet);
    expect(snippet, "the snippet points at where the site is served").toContain(`src="${site.url}/embed/`);
    expect(shift).toBe(0);
    expect(probe.errors).toEqual([]);
  });

  it("shows no copy button to a reader without JavaScript", async () => {
    const probe = await openProbe(browser, site.url, { javaScriptEnabled: false });
    await probe.page.goto(`${site.url}/embed`);
    const visible = await probe.page.locator("button.copy-snippet:visible").count();
    const snippets = await probe.page.locator("textarea[data-snippet-chart]").count();
    await probe.close();
    expect(snippets).toBe(chartIds.length);
    expect(visible).toBe(0);
  });
});
