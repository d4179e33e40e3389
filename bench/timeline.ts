// Benchmark (not a test): the timeline page with 10,000 synthetic events.
//
//   tsx bench/timeline.ts [--events 10000] [--runs 5] [--keep]
//
// 1. writes a deterministic synthetic evidence folder (bench/synthetic.ts) into .tmp/bench-timeline/;
// 2. builds the site from it (DATA_DIR) into .tmp/bench-timeline/site-N, timing the build;
// 3. weighs the page: HTML and the JavaScript it loads, raw and gzip;
// 4. in Chromium, times the first render of the timeline (the component's performance marks,
//    and until the next frame is painted) and the update after a filter change, on a desktop
//    viewport and on a phone-sized one with the CPU slowed 4x.
// Targets (issue 5): first render < 300 ms, filter update < 50 ms, on this machine.
// `measureTimeline(siteDir)` does step 4 alone for an already built site (bench/run.ts uses it).
import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { type StaticServer, serveStatic } from "../scripts/lib/static-server.ts";
import { launchChromium } from "../test/browser/chromium.ts";
import { writeSyntheticEvidence } from "./synthetic.ts";

const targets = { firstRender: 300, filterUpdate: 50 };

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

function build(dataDir: string, siteDir: string): number {
  const started = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", siteDir], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATA_DIR: dataDir, DOSSIER_QUIET: "1" },
  });
  return performance.now() - started;
}

interface Weight {
  html: number;
  htmlGzip: number;
  js: number;
  jsGzip: number;
  modules: number;
}

/** The page's HTML and every module it preloads or imports, raw and gzip. */
function weigh(siteDir: string): Weight {
  const html = readFileSync(join(siteDir, "timeline.html"));
  const modules = new Set<string>();
  for (const [, href] of html.toString().matchAll(/<link rel="modulepreload" href="\.\/([^"]+)"/g))
    if (href) modules.add(href);
  let js = 0;
  let jsGzip = 0;
  for (const href of modules) {
    const bytes = readFileSync(join(siteDir, href));
    js += bytes.length;
    jsGzip += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    html: html.length,
    htmlGzip: gzipSync(html, { level: 9 }).length,
    js,
    jsGzip,
    modules: modules.size,
  };
}

interface Render {
  /** From navigation start to the first paint with content: the static chart, before any script. */
  firstContentfulPaint: number;
  /** From navigation start to the component's "timeline:rendered" mark. */
  sinceNavigation: number;
  /** The component's own work: "timeline:start" to "timeline:rendered". */
  component: number;
  /** From navigation start until the frame showing the render was painted (an upper bound: up to one frame more). */
  painted: number;
  marks: string;
}

interface Update {
  /** The component's work from the filter change to the updated view. */
  component: number;
  /** From the change event until the frame showing the update was painted (up to one frame more). */
  painted: number;
}

async function measure(
  browser: Browser,
  server: StaticServer,
  viewport: { width: number; height: number },
  cpuSlowdown: number,
  runs: number,
): Promise<{ renders: Render[]; updates: Update[] }> {
  const renders: Render[] = [];
  const updates: Update[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    await page.goto(`${server.url}/timeline`, { waitUntil: "load" });
    await page.waitForFunction(() => performance.getEntriesByName("timeline:rendered").length > 0, null, {
      timeout: 120_000,
    });
    renders.push(
      await page.evaluate(async () => {
        const rendered = performance.getEntriesByName("timeline:rendered")[0]?.startTime ?? Number.NaN;
        const start = performance.getEntriesByName("timeline:start")[0]?.startTime ?? Number.NaN;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        // The second frame callback runs once the frame showing the render has been painted.
        return {
          firstContentfulPaint:
            performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
          sinceNavigation: rendered,
          component: rendered - start,
          painted: performance.now(),
          marks: document.querySelector(".tl-stage canvas") ? "canvas" : "svg",
        };
      }),
    );
    // Filter updates: each toggles one kind off and on again, like a reader trying filters.
    const boxes = await page.locator('input[name="kinds"]').count();
    for (let k = 0; k < Math.min(boxes, 4); k++) {
      for (const checked of [false, true]) {
        updates.push(
          await page.evaluate(
            async ({ k, checked }) => {
              const box = document.querySelectorAll<HTMLInputElement>('input[name="kinds"]')[k];
              if (!box) throw new Error("no kind filter");
              performance.clearMeasures("timeline:update");
              const started = performance.now();
              box.checked = checked;
              box.dispatchEvent(new Event("change", { bubbles: true }));
              const component = performance.getEntriesByName("timeline:update")[0]?.duration ?? Number.NaN;
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
              return { component, painted: performance.now() - started };
            },
            { k, checked },
          ),
        );
      }
    }
    await context.close();
  }
  return { renders, updates };
}

function summary(result: { renders: Render[]; updates: Update[] }) {
  const r = result.renders;
  const u = result.updates;
  return {
    drawnOn: r[0]?.marks ?? "?",
    loads: r.length,
    changes: u.length,
    firstRender: median(r.map((x) => x.component)),
    firstRenderMin: Math.min(...r.map((x) => x.component)),
    firstContentfulPaint: median(r.map((x) => x.firstContentfulPaint)),
    navigationToRendered: median(r.map((x) => x.sinceNavigation)),
    navigationToPainted: median(r.map((x) => x.painted)),
    filterUpdate: median(u.map((x) => x.component)),
    filterUpdateMin: Math.min(...u.map((x) => x.component)),
    filterToPainted: median(u.map((x) => x.painted)),
  };
}

type Summary = ReturnType<typeof summary>;

function verdict(value: number, target: number): string {
  return value < target ? "met" : `missed by ${(value - target).toFixed(0)} ms`;
}

/** Measures a built site's /timeline page in Chromium; one table row per viewport (medians, ms). */
export async function measureTimeline(
  siteDir: string,
  { runs = 5 }: { runs?: number } = {},
): Promise<Record<string, string | number>[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const rows: Record<string, string | number>[] = [];
    for (const [viewport, size, slowdown] of [
      ["desktop 1280×900", { width: 1280, height: 900 }, 1],
      ["phone 375×800, CPU ÷4", { width: 375, height: 800 }, 4],
    ] as const) {
      const s: Summary = summary(await measure(browser, server, size, slowdown, runs));
      rows.push({
        viewport,
        "marks on": s.drawnOn,
        "first render ms": s.firstRender.toFixed(1),
        "static chart painted ms": s.firstContentfulPaint.toFixed(0),
        "nav→rendered ms": s.navigationToRendered.toFixed(0),
        "nav→painted ms": s.navigationToPainted.toFixed(0),
        "filter update ms": s.filterUpdate.toFixed(1),
        "filter→painted ms": s.filterToPainted.toFixed(1),
        "first render < 300": verdict(s.firstRender, targets.firstRender),
        "filter < 50": verdict(s.filterUpdate, targets.filterUpdate),
      });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const events = option("--events", 10_000);
  const runs = option("--runs", 5);
  const work = resolve(".tmp/bench-timeline");
  const dataDir = join(work, `synthetic-${events}`);
  const siteDir = join(work, `site-${events}`);
  const counts = writeSyntheticEvidence(dataDir, { events });
  const csvBytes = ["events", "statements"].reduce((n, t) => n + statSync(join(dataDir, `${t}.csv`)).size, 0);
  process.stderr.write(
    `building the site from ${counts.events} events and ${counts.statements} statements…\n`,
  );
  const buildMs = build(dataDir, siteDir);
  const weight = weigh(siteDir);
  try {
    const rows = await measureTimeline(siteDir, { runs });
    const lines = [
      `Timeline benchmark: ${counts.events.toLocaleString("en-US")} events + ${counts.statements.toLocaleString("en-US")} statements (${kb(csvBytes)} of CSV)`,
      `  build (data:check + Framework, whole site)  ${(buildMs / 1000).toFixed(1)} s`,
      `  timeline.html                               ${kb(weight.html)} (${kb(weight.htmlGzip)} gzip)`,
      `  JavaScript it loads (${weight.modules} modules)           ${kb(weight.js)} (${kb(weight.jsGzip)} gzip)`,
      "",
      ...rows.flatMap((row) => [
        `${row.viewport} (marks on ${row["marks on"]}; medians of ${runs} loads and ${runs * 8} filter changes)`,
        `  first render, component work:        ${row["first render ms"]} ms  (target < 300 ms: ${row["first render < 300"]})`,
        `  navigation start → static chart painted (FCP): ${row["static chart painted ms"]} ms`,
        `  navigation start → rendered:          ${row["nav→rendered ms"]} ms`,
        `  navigation start → painted:           ${row["nav→painted ms"]} ms`,
        `  filter change, component work:       ${row["filter update ms"]} ms  (target < 50 ms: ${row["filter < 50"]})`,
        `  filter change → painted frame:       ${row["filter→painted ms"]} ms`,
        "",
      ]),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    if (!process.argv.includes("--keep")) rmSync(work, { recursive: true, force: true });
  }
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && realpathSync(resolve(entry)) === realpathSync(fileURLToPath(import.meta.url));
}

if (isMain()) await main();
