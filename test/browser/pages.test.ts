// Every page of the built site, opened in Chromium: no errors, no outside requests, no axe
// violations, a title and one h1, and every chart container filled.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "./chromium.ts";
import { axeFor, builtPagePaths, openProbe } from "./site.ts";

const siteDir = inject("siteDir");
const pagePaths = builtPagePaths(siteDir);
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("the built site has pages to test", () => {
  expect(pagePaths).toContain("/");
});

describe.each(pagePaths)("page %s", (path) => {
  it("loads with no console error, no page error and no request to another host", async () => {
    const probe = await openProbe(browser, server.url);
    await probe.page.goto(server.url + path, { waitUntil: "networkidle" });
    await probe.close();
    expect(probe.outsideRequests, `requests that left ${server.url}`).toEqual([]);
    expect(probe.errors).toEqual([]);
  });

  it("has a title, exactly one h1 and filled chart containers", async () => {
    const probe = await openProbe(browser, server.url);
    await probe.page.goto(server.url + path, { waitUntil: "networkidle" });
    expect((await probe.page.title()).trim()).not.toBe("");
    expect(await probe.page.locator("h1").count()).toBe(1);
    const charts = probe.page.locator("[data-chart]");
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      const id = await chart.getAttribute("data-chart");
      await expect
        .poll(() => chart.locator("svg, img, canvas").count(), {
          message: `chart ${id} stays empty`,
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      const box = await chart.boundingBox();
      expect(box?.height ?? 0, `chart ${id} has no height`).toBeGreaterThan(20);
    }
    await probe.close();
  });

  it("has no axe-core accessibility violation, in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const probe = await openProbe(browser, server.url, { colorScheme });
      await probe.page.goto(server.url + path, { waitUntil: "networkidle" });
      const { violations } = await axeFor(probe.page, colorScheme).analyze();
      await probe.close();
      const summary = violations.map(
        (v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(summary).toEqual([]);
    }
  });
});
