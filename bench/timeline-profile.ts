// Where the timeline's time goes: the Chrome DevTools Protocol's sampling profiler around the
// first render and around filter changes of /timeline, on the phone profile (375×800, CPU ÷4),
// in Chromium. Prints, per phase, the functions with the most self time and the component's
// own performance measures (timeline:parse, :setup, :layout, :draw…), medians over the runs.
//
//   tsx bench/timeline-profile.ts SITE_DIR [--runs 3] [--slowdown 4] [--width 375] [--top 25]
//
// SITE_DIR is a built site (`npm run bench:timeline -- --keep` leaves one in
// .tmp/bench-timeline/site-10000). Not a test: a report for docs/performance.md.
import type { CDPSession } from "playwright-core";
import { serveStatic } from "../scripts/lib/static-server.ts";
import { launchChromium } from "../test/browser/chromium.ts";
import { loadAverage } from "./load-average.ts";
import { startLiveView } from "./start-live-view.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(_import|_node|_observablehq)\//, "").replace(/\.[0-9a-f]{8}\.js$/, "");
  const name = functionName || "(anonymous)";
  return file ? `${name} ${file}:${lineNumber + 1}` : name;
}

/** Self time (ms) per function, over the whole profile. */
function selfTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (node) self.set(frameName(node), (self.get(frameName(node)) ?? 0) + ms);
  });
  return self;
}

async function profiled<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ result: T; profile: Profile }> {
  await cdp.send("Profiler.start");
  const result = await work();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  return { result, profile };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Self time (ms) per trace event name on the renderer's main thread: what the sampling profiler
 * calls "(program)" (parsing HTML, style, layout, paint) as well as script.
 */
function traceSelfTimes(events: TraceEvent[]): Map<string, number> {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const own = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of own) {
    while (stack.length && (stack.at(-1) as { end: number }).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const ms = (e.dur ?? 0) / 1000;
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - ms);
    self.set(e.name, (self.get(e.name) ?? 0) + ms);
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name });
  }
  return self;
}

function add(into: Map<string, number[]>, from: Map<string, number>, run: number): void {
  for (const [name, ms] of from) {
    const list = into.get(name) ?? [];
    list[run] = ms;
    into.set(name, list);
  }
}

function report(title: string, runs: Map<string, number[]>, count: number, top: number): void {
  const rows = [...runs]
    .map(([name, list]) => {
      const values = Array.from({ length: count }, (_, i) => list[i] ?? 0);
      return { name, mean: values.reduce((a, b) => a + b, 0) / count, values };
    })
    .sort((a, b) => b.mean - a.mean)
    .slice(0, top);
  process.stdout.write(`\n${title} (self time, ms; mean, then each run)\n`);
  for (const row of rows)
    process.stdout.write(
      `  ${row.mean.toFixed(1).padStart(7)}  ${row.values.map((v) => v.toFixed(0).padStart(5)).join("")}  ${row.name}\n`,
    );
}

/** The page's performance measures summed by name, then cleared (runs in the page). */
function readMeasures(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of performance.getEntriesByType("measure"))
    out[entry.name] = (out[entry.name] ?? 0) + entry.duration;
  performance.clearMeasures();
  return out;
}

async function main(): Promise<void> {
  const siteDir = process.argv[2];
  if (!siteDir) throw new Error("usage: tsx bench/timeline-profile.ts SITE_DIR [--runs N]");
  const runs = option("--runs", 3);
  const slowdown = option("--slowdown", 4);
  const width = option("--width", 375);
  const top = option("--top", 25);
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  const trace = process.argv.includes("--trace");
  const firstRender = new Map<string, number[]>();
  const filtering = new Map<string, number[]>();
  const measures: Record<string, number>[] = [];
  process.stdout.write(
    `profile of /timeline, ${width} px wide, CPU ÷${slowdown}, load at start ${loadAverage()}\n`,
  );
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      const goto = async () => {
        await page.goto(`${server.url}/timeline`, { waitUntil: "load" });
        await startLiveView(page);
        await page.waitForFunction(() => performance.getEntriesByName("timeline:rendered").length > 0);
      };
      if (trace) {
        // Trace events instead of samples: time by kind of work (ParseHTML, Layout, Paint…).
        await browser.startTracing(page, { categories: ["devtools.timeline", "blink", "v8.execute"] });
        await goto();
        const buffer = await browser.stopTracing();
        const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
        add(firstRender, traceSelfTimes(events), run);
      } else add(firstRender, selfTimes((await profiled(cdp, goto)).profile), run);
      const firstMeasures = await page.evaluate(readMeasures);
      const filterChanges = () =>
        page.evaluate(async () => {
          for (let k = 0; k < 4; k++)
            for (const checked of [false, true]) {
              const box = document.querySelectorAll<HTMLInputElement>('input[name="kinds"]')[k];
              if (!box) continue;
              box.checked = checked;
              box.dispatchEvent(new Event("change", { bubbles: true }));
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            }
        });
      if (trace) {
        await browser.startTracing(page, { categories: ["devtools.timeline", "blink", "v8.execute"] });
        await filterChanges();
        const buffer = await browser.stopTracing();
        add(
          filtering,
          traceSelfTimes((JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents),
          run,
        );
      } else add(filtering, selfTimes((await profiled(cdp, filterChanges)).profile), run);
      const filterMeasures = await page.evaluate(readMeasures);
      measures.push(firstMeasures);
      filterMeasures["timeline:update, each"] = (filterMeasures["timeline:update"] ?? 0) / 8;
      for (const name of Object.keys(filterMeasures)) if (!(name in firstMeasures)) firstMeasures[name] = 0;
      measures.push(filterMeasures);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report("Load and first render, whole page", firstRender, runs, top);
  report(
    "Eight filter changes (one kind off and on, four kinds), each awaiting its painted frame",
    filtering,
    runs,
    top,
  );
  process.stdout.write(
    "\nThe component's performance measures (ms; per run: the first render's, then summed over the 8 changes)\n",
  );
  const names = new Set(measures.flatMap((m) => Object.keys(m)));
  for (const name of [...names].sort())
    process.stdout.write(
      `  ${name.padEnd(28)} ${measures.map((m) => (m[name] ?? 0).toFixed(1).padStart(8)).join("")}\n`,
    );
  process.stdout.write(`load at end ${loadAverage()}\n`);
}

await main();
