// A built site served on loopback with Chromium, for the tests of one file. Apart from site.ts
// because it registers vitest hooks, and the benchmark imports site.ts outside vitest. The site
// is served with the headers of its `_headers` file, so every test runs under the site's
// content security policy as a host sends it (and as each page's meta tag repeats it).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { launchChromium } from "./chromium.ts";
import { openProbe, type PageProbe, type ProbeOptions } from "./site.ts";

/** A built site served on loopback, with Chromium, for the tests of one file. */
export interface ServedSite {
  readonly url: string;
  readonly browser: Browser;
  /**
   * A new probed page at `path` of the site, loaded until the network is idle; throws if the
   * page came without its content security policy header.
   */
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
    if (!existsSync(join(siteDir, "_headers")))
      throw new Error(`${siteDir} has no _headers: the build writes it (applyContentSecurityPolicy)`);
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
      const response = await probe.page.goto(site.url + path, { waitUntil: "networkidle" });
      if (!response?.headers()["content-security-policy"])
        throw new Error(`${path} was served without a content security policy header`);
      return probe;
    },
  };
  return site;
}
