// Helpers shared by the browser tests: the built site's pages, a served copy, and a page probe
// that records console errors, page errors and every request that leaves the local server.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "./chromium.ts";

/** The axe-core rules whose outcome depends on colours, the only thing the dark theme changes. */
export const colourRules = ["color-contrast", "link-in-text-block"];

/**
 * axe-core for a page in a colour scheme: every rule in light mode; in dark mode only the
 * colour rules, since the page's markup is the same (half the time of a second full run).
 */
export function axeFor(page: Page, colorScheme: "light" | "dark" = "light"): AxeBuilder {
  const axe = new AxeBuilder({ page });
  return colorScheme === "dark" ? axe.withRules(colourRules) : axe;
}

/**
 * `npm run build` of `dataDir` into `out`, asynchronously: a synchronous build of a minute
 * would starve vitest's worker messages ("Timeout calling onTaskUpdate"). Rejects with the
 * build's own error output.
 */
export async function buildSite(dataDir: string | undefined, out: string): Promise<void> {
  await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], {
    env: { ...process.env, ...(dataDir ? { DATA_DIR: dataDir } : {}), DOSSIER_QUIET: "1" },
    maxBuffer: 64 << 20,
  });
}

/** Every page of the built site as a URL path, found from the files, not from a list. */
export function builtPagePaths(siteDir: string): string[] {
  return readdirSync(siteDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => `/${relative(siteDir, join(entry.parentPath, entry.name)).replace(/\.html$/, "")}`)
    .map((path) => (path === "/index" ? "/" : path.replace(/\/index$/, "/")))
    .sort();
}

export interface PageProbe {
  context: BrowserContext;
  page: Page;
  errors: string[];
  outsideRequests: string[];
  close(): Promise<void>;
}

export interface ProbeOptions {
  javaScriptEnabled?: boolean;
  /** Viewport width in CSS pixels (1280 unless given). */
  width?: number;
  colorScheme?: "light" | "dark";
}

export async function openProbe(
  browser: Browser,
  origin: string,
  options: ProbeOptions = {},
): Promise<PageProbe> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const outsideRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      outsideRequests.push(url);
    }
  });
  page.on("requestfailed", (request) => {
    if (request.url().startsWith(origin)) errors.push(`request failed: ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, errors, outsideRequests, close: () => context.close() };
}

/** A built site served on loopback, with Chromium, for the tests of one file. */
export interface ServedSite {
  readonly url: string;
  readonly browser: Browser;
  /** A new probed page at `path` of the site, loaded until the network is idle. */
  open(path: string, options?: ProbeOptions): Promise<PageProbe>;
}

/**
 * Serves `siteDir` and launches Chromium before the file's tests (after any beforeAll
 * registered earlier, such as one that builds the site), and closes both after them.
 */
export function serveSite(siteDir: string): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("serveSite: the site is served in beforeAll, use it in a test");
    return value;
  };
  const site: ServedSite = {
    get url() {
      return started(server).url;
    },
    get browser() {
      return started(browser);
    },
    async open(path, options) {
      const probe = await openProbe(site.browser, site.url, options);
      await probe.page.goto(site.url + path, { waitUntil: "networkidle" });
      return probe;
    },
  };
  return site;
}
