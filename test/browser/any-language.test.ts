// The kit publishes in any language: the minimal evidence folder (one row per table) built with
// site.json's locale set to German and to Arabic passes every check on every page and embed, as
// the English sites of any-evidence.test.ts do; in Arabic every page also reads right to left,
// no page scrolls sideways on a 375 px phone and the timeline runs from right to left.
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "./chromium.ts";
import { checkEveryPage } from "./page-checks.ts";
import { rightToLeftProblems } from "./right-to-left.ts";
import { buildSite, builtPagePaths } from "./site.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The minimal folder with site.json's `locale` set, written fresh so it never goes stale. */
function minimalIn(locale: string): string {
  const dir = resolve(`.tmp/evidence-minimal-${locale}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve("test/fixtures/evidence/minimal"), dir, { recursive: true });
  writeFileSync(join(dir, "site.json"), JSON.stringify({ locale }));
  return dir;
}

/**
 * The pages axe-core checks in German: the markup is the minimal English site's (axe runs on
 * every page of it in any-evidence.test.ts) with other words, so a sample of the templates
 * whose words are longest or most varied; in Arabic, where the direction changes the layout,
 * every page.
 */
const germanAxePages = ["/", "/timeline", "/statements", "/sources", "/embed/timeline"];

const languages = [
  { locale: "de-DE", extra: "", axePages: germanAxePages, axeScope: " (axe on a sample of pages)" },
  {
    locale: "ar",
    extra: "; right to left, no page wider than a 375 px phone, the timeline from right to left",
    axePages: undefined,
    axeScope: "",
  },
];

describe.each(languages)(
  "a site built from the minimal evidence folder in $locale",
  ({ locale, extra, axePages, axeScope }) => {
    const siteDir = resolve(`.tmp/site-minimal-${locale}`);
    let server: StaticServer;
    beforeAll(async () => {
      await buildSite(minimalIn(locale), siteDir);
      server = await serveStatic(siteDir);
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`renders every page and embed with no error, no outside request, one h1, no layout shift past its allowance and no axe violation${axeScope}${extra}`, async () => {
      const inspect = locale === "ar" ? rightToLeftProblems : undefined;
      const problems = await checkEveryPage(browser, server.url, siteDir, {
        ...(inspect ? { inspect } : {}),
        ...(axePages ? { axe: (path: string) => axePages.includes(path) } : {}),
      });
      expect(problems).toEqual([]);
      // A sampled page the build no longer makes would leave axe checking less than it says.
      expect(builtPagePaths(siteDir)).toEqual(expect.arrayContaining(axePages ?? []));
    }, 600_000);
  },
);
