// The kit is for the next investigation too: any evidence folder that passes data:check builds,
// and every page and embed renders without errors — a minimal folder (one row per table), an
// all-empty folder (headers only) and a large synthetic one (10,000 events, 1,000 figures).
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticEvidence } from "../../bench/synthetic.ts";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "./chromium.ts";
import { axeFor, buildSite, builtPagePaths, openProbe } from "./site.ts";

const large = resolve(".tmp/evidence-synthetic-10000");
const folders = {
  minimal: resolve("test/fixtures/evidence/minimal"),
  empty: resolve("test/fixtures/evidence/empty"),
  "synthetic 10,000-event": large,
};

function htmlFile(siteDir: string, path: string): string {
  return join(
    siteDir,
    path === "/" ? "index.html" : path.endsWith("/") ? `${path}index.html` : `${path}.html`,
  );
}

/**
 * The pages axe-core checks. Every page, except in a family the build generates from the data
 * (pages whose paths differ only by a number, e.g. /timeline/2018, /sources/3, more than 3 of
 * them): there the largest and the smallest page, the same template at both extremes, so a
 * 10,000-event site stays within CI time. Every page, sampled or not, gets the other checks.
 */
function pagesForAxe(siteDir: string, paths: readonly string[]): Set<string> {
  const families = new Map<string, string[]>();
  for (const path of paths) {
    const family = path.replace(/\d+/g, "#");
    families.set(family, [...(families.get(family) ?? []), path]);
  }
  const chosen = new Set<string>();
  for (const members of families.values()) {
    if (members.length <= 3) {
      for (const path of members) chosen.add(path);
      continue;
    }
    const bySize = [...members].sort(
      (a, b) => statSync(htmlFile(siteDir, a)).size - statSync(htmlFile(siteDir, b)).size,
    );
    chosen.add(bySize[0] as string);
    chosen.add(bySize.at(-1) as string);
  }
  return chosen;
}

let browser: Browser;
beforeAll(async () => {
  writeSyntheticEvidence(large, { events: 10_000, figures: 1_000 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(folders))("a site built from the %s evidence folder", (name, dataDir) => {
  const siteDir = resolve(`.tmp/site-${name.replace(/\W+/g, "-")}`);
  let server: StaticServer;
  beforeAll(async () => {
    await buildSite(dataDir, siteDir);
    server = await serveStatic(siteDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("renders every page and embed with no error, no outside request, one h1 and no axe violation", async () => {
    const paths = builtPagePaths(siteDir);
    expect(paths).toContain("/");
    const axePages = pagesForAxe(siteDir, paths);
    const problems: string[] = [];
    for (const path of paths) {
      const probe = await openProbe(browser, server.url);
      await probe.page.goto(server.url + path, { waitUntil: "networkidle" });
      const h1 = await probe.page.locator("h1").count();
      if (h1 !== 1) problems.push(`${path}: ${h1} h1 elements`);
      if (axePages.has(path)) {
        const { violations } = await axeFor(probe.page).analyze();
        for (const v of violations) problems.push(`${path}: axe ${v.id} (${v.nodes.length} nodes)`);
      }
      await probe.close();
      for (const error of probe.errors) problems.push(`${path}: ${error}`);
      for (const url of probe.outsideRequests) problems.push(`${path}: request to ${url}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
