// Every page of the built site, opened in Chromium: no errors, no outside requests, no axe
// violations, a title and one h1, and every chart container filled.
import { describe, expect, inject, it } from "vitest";
import { serveSite } from "./served-site.ts";
import { axeFor, builtPagePaths } from "./site.ts";

const siteDir = inject("siteDir");
const pagePaths = builtPagePaths(siteDir);
const site = serveSite(siteDir);

it("the built site has pages to test", () => {
  expect(pagePaths).toContain("/");
});

describe.each(pagePaths)("page %s", (path) => {
  it("loads with no console error, no page error, no request to another host and no layout shift", async () => {
    const probe = await site.open(path);
    const shift = await probe.layoutShift();
    await probe.close();
    expect(shift, "cumulative layout shift once loaded and enhanced").toBe(0);
    expect(probe.outsideRequests, `requests that left ${site.url}`).toEqual([]);
    expect(probe.errors).toEqual([]);
  });

  it("has a title, exactly one h1 and filled chart containers", async () => {
    const probe = await site.open(path);
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
      const probe = await site.open(path, { colorScheme });
      const { violations } = await axeFor(probe.page, colorScheme).analyze();
      await probe.close();
      const summary = violations.map(
        (v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(summary).toEqual([]);
    }
  });
});
