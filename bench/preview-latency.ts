// `npm run dev` as a journalist meets it: how long the preview takes to show its first page, and
// from saving events.csv to the open page showing the edit (it reloads by itself), in Chromium.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/browser/chromium.ts";
import { liveReloadWelcome } from "../test/build/live-reload.ts";
import { median } from "./median.ts";

/** The first event's title and year: the edit the bench makes, and the page that shows it. */
function firstEvent(file: string): { title: string; year: string } {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true }).data;
  const row = rows[0];
  if (!row?.title || !row.date) throw new Error(`${file} has no first event with a title and date`);
  return { title: row.title, year: row.date.slice(0, 4) };
}

/** Resolves once the page's text includes `marker`; polls from Node so a reload in between is harmless. */
async function shows(page: Page, marker: string, timeout = 60_000): Promise<void> {
  for (const deadline = performance.now() + timeout; performance.now() < deadline; ) {
    const text = await page.evaluate(() => document.body.textContent ?? "").catch(() => "");
    if (text.includes(marker)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the page did not show "${marker}" in ${timeout} ms`);
}

/**
 * Resolves once Framework watches the page. Its welcome comes before its watchers (they attach
 * after it, behind the page's module requests), so an edit within seconds of a (re)load is missed:
 * a known limit of the preview (README, Preview). The bench measures the journalist's usual case, a
 * page open for a while, so it waits `settleMs` after the page is idle.
 */
const settleMs = 8000;
async function watched(page: Page, welcome: Promise<void>): Promise<void> {
  await welcome;
  await page.waitForLoadState("networkidle");
  await new Promise((r) => setTimeout(r, settleMs));
}

export async function measurePreviewLatency(
  dataDir: string,
  work: string,
  { edits = 5, port = 3990 } = {},
): Promise<Record<string, string | number>> {
  const data = join(work, "preview-evidence");
  rmSync(data, { recursive: true, force: true });
  cpSync(dataDir, data, { recursive: true });
  const events = join(data, "events.csv");
  const { title, year } = firstEvent(events);
  const origin = `http://127.0.0.1:${port}`;
  const debug = !!process.env.BENCH_DEBUG;
  const started = performance.now();
  const preview: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/dev.ts", "--port", String(port)],
    {
      env: { ...process.env, DATA_DIR: data },
      stdio: process.env.BENCH_DEBUG ? "inherit" : "ignore",
      detached: true,
    },
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    if (process.env.BENCH_DEBUG)
      page.on("console", (m) => process.stderr.write(`console: ${m.text().slice(0, 200)}\n`));
    let loads = 0;
    page.on("load", () => loads++);
    if (debug) page.on("console", (message) => process.stderr.write(`page: ${message.text()}\n`));
    const text = () => page.evaluate(() => document.body.textContent ?? "");
    // A welcome is awaited later; one that times out before then fails this measurement (the
    // caller's catch), not the whole bench as an unhandled rejection.
    const nextWelcome = (timeout?: number) => {
      const welcome = liveReloadWelcome(page, timeout);
      welcome.catch(() => undefined);
      return welcome;
    };
    let welcome = nextWelcome(120_000);
    for (;;) {
      const response = await page.goto(`${origin}/timeline`).catch(() => undefined);
      if (response?.ok()) break;
      if (performance.now() - started > 120_000) throw new Error("the preview did not start in 120 s");
      await new Promise((r) => setTimeout(r, 200));
    }
    const startSeconds = (performance.now() - started) / 1000;
    // Large evidence lists its events on year pages, not on /timeline.
    if (!(await text()).includes(title)) {
      await welcome;
      welcome = nextWelcome();
      await page.goto(`${origin}/timeline/${year}`);
    }
    await shows(page, title);
    await watched(page, welcome);
    const latencies: number[] = [];
    const reloads: number[] = [];
    let current = title;
    for (let n = 1; n <= edits; n++) {
      const next = `${title} (edit ${n})`;
      const csv = readFileSync(events, "utf8");
      const before = loads;
      welcome = nextWelcome();
      const saved = performance.now();
      writeFileSync(events, csv.replace(current, next));
      await shows(page, next);
      latencies.push(performance.now() - saved);
      await watched(page, welcome);
      reloads.push(loads - before);
      current = next;
    }
    return {
      evidence: dataDir,
      page: new URL(page.url()).pathname,
      "dev start s": startSeconds.toFixed(1),
      "save → page ms (median)": Math.round(median(latencies)),
      "max ms": Math.round(Math.max(...latencies)),
      "reloads per save": [...new Set(reloads)].join("/"),
    };
  } finally {
    await browser.close();
    if (preview.pid) process.kill(-preview.pid, "SIGTERM");
    rmSync(data, { recursive: true, force: true });
  }
}
