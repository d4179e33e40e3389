// Helpers shared by the browser tests: the built site's pages, a served copy, and a page probe
// that records console errors, page errors, content security policy violations and every
// request that leaves the local server.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** The axe-core rules whose outcome depends on colours, the only thing the dark theme changes. */
export const colourRules = ["color-contrast", "link-in-text-block"];

/**
 * axe-core for a page in a colour scheme: in light mode every rule, with WCAG 2.2's target
 * size (24 px, or spaced apart) on as well, which axe leaves off by default; in dark mode only
 * the colour rules, since the page's markup is the same (half the time of a second full run).
 */
export function axeFor(page: Page, colorScheme: "light" | "dark" = "light"): AxeBuilder {
  const axe = new AxeBuilder({ page });
  return colorScheme === "dark"
    ? axe.withRules(colourRules)
    : axe.options({ rules: { "target-size": { enabled: true } } });
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
  /** Every request the page made, in order. */
  requests: string[];
  outsideRequests: string[];
  /** The page's cumulative layout shift so far (shifts right after an input do not count). */
  layoutShift(): Promise<number>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    layoutShiftTotal?: number;
  }
}

/** Runs in the page before its own scripts: sums every layout shift, as CLS counts them. */
function recordLayoutShifts(): void {
  window.layoutShiftTotal = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
      if (!entry.hadRecentInput) window.layoutShiftTotal = (window.layoutShiftTotal ?? 0) + entry.value;
  }).observe({ type: "layout-shift", buffered: true });
}

/**
 * Runs in the page before its own scripts: reports every content security policy violation as
 * a console error, which the probe records (Chromium's own "Refused to…" report lands there too).
 */
function reportPolicyViolations(): void {
  window.addEventListener("securitypolicyviolation", (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
    console.error(
      `content security policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "an inline resource"}${where}${event.sample ? ` (${event.sample})` : ""}`,
    );
  });
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
  await page.addInitScript(recordLayoutShifts);
  await page.addInitScript(reportPolicyViolations);
  const errors: string[] = [];
  const outsideRequests: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    requests.push(url);
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
  const layoutShift = () => page.evaluate(() => window.layoutShiftTotal ?? 0);
  return { context, page, errors, requests, outsideRequests, layoutShift, close: () => context.close() };
}
