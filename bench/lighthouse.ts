// Lighthouse (the npm package) against every page, with Debian's Chromium, desktop and mobile
// presets. ~10 s per page and preset: a report, not a test.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { serveStatic } from "../scripts/lib/static-server.ts";
import { chromiumPath } from "../test/browser/chromium.ts";
import { builtPagePaths } from "../test/browser/site.ts";
import { loadAverage } from "./load-average.ts";

type Scores = Record<string, string | number>;

function score(category: { score: number | null } | undefined): number | string {
  return category?.score === null || category?.score === undefined ? "–" : Math.round(category.score * 100);
}

/** The bench issue's targets: accessibility 100; performance ≥ 95 desktop, ≥ 90 mobile; CLS 0 on embeds. */
function verdict(path: string, preset: "desktop" | "mobile", row: Scores): string {
  const missed: string[] = [];
  const performanceTarget = preset === "desktop" ? 95 : 90;
  if (Number(row.performance) < performanceTarget) missed.push(`performance < ${performanceTarget}`);
  if (Number(row.accessibility) < 100) missed.push("accessibility < 100");
  if (path.startsWith("/embed/") && Number(row.CLS) > 0) missed.push("CLS > 0");
  return missed.length ? `MISSED: ${missed.join(", ")}` : "met";
}

function launch() {
  return chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Every page of the site but /404, or only `paths`. */
export async function measureLighthouse(siteDir: string, paths?: readonly string[]): Promise<Scores[]> {
  const server = await serveStatic(siteDir);
  const chrome = await launch();
  const rows: Scores[] = [];
  try {
    for (const path of paths ?? builtPagePaths(siteDir).filter((p) => p !== "/404")) {
      for (const preset of ["desktop", "mobile"] as const) {
        const result = await lighthouse(
          server.url + path,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
          },
          preset === "desktop" ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        rows.push({
          page: path,
          preset,
          performance: score(lhr?.categories.performance),
          accessibility: score(lhr?.categories.accessibility),
          "best practices": score(lhr?.categories["best-practices"]),
          seo: score(lhr?.categories.seo),
          CLS: Number(lhr?.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN).toFixed(3),
        });
        const row = rows.at(-1) as Scores;
        row.targets = verdict(path, preset, row);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

const ms = (lhr: { audits: Record<string, { numericValue?: number }> }, audit: string) =>
  Math.round(lhr.audits[audit]?.numericValue ?? Number.NaN);

/**
 * One page, mobile preset (simulated: CPU ÷4, slow 4G), `runs` times in one Chromium: each run's
 * performance score and the metrics it is made of, and the load average when the run began.
 * Issue 20's target for /timeline at 10,000 events: ≥ 95 in every run.
 */
export async function measureLighthouseRuns(
  siteDir: string,
  path: string,
  runs: number,
  target = 95,
): Promise<Scores[]> {
  const server = await serveStatic(siteDir);
  const chrome = await launch();
  const rows: Scores[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const load = loadAverage();
      const result = await lighthouse(server.url + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no report for ${path}`);
      const performance = score(lhr.categories.performance);
      rows.push({
        page: path,
        run,
        "load avg": load,
        performance,
        "FCP ms": ms(lhr, "first-contentful-paint"),
        "LCP ms": ms(lhr, "largest-contentful-paint"),
        "TBT ms": ms(lhr, "total-blocking-time"),
        "SI ms": ms(lhr, "speed-index"),
        CLS: Number(lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN).toFixed(3),
        [`≥ ${target}`]: Number(performance) >= target ? "met" : "MISSED",
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

if (process.argv[1]?.endsWith("lighthouse.ts")) {
  // tsx bench/lighthouse.ts SITE_DIR [PATH] [RUNS]: one page's mobile score, run after run.
  const [siteDir, path = "/timeline", runs = "3"] = process.argv.slice(2);
  if (!siteDir) throw new Error("usage: tsx bench/lighthouse.ts SITE_DIR [PATH] [RUNS]");
  for (const row of await measureLighthouseRuns(siteDir, path, Number(runs)))
    process.stdout.write(`${JSON.stringify(row)}\n`);
}
