// npm run bench: every speed, size and quality figure of the kit, measured in one run, printed
// as tables and written to bench/results.json. Not a test: it reports numbers against targets.
//
//   tsx bench/run.ts [--quick] [--pipeline]
//   --quick: 10k/100k events only, no Lighthouse; --pipeline: only the loader pipeline, three runs
//   of each size (with --quick, 10k and 100k), written and appended like a full run
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { measureBuild, phaseRows } from "./build-time.ts";
import { measureHistory } from "./history.ts";
import { measureLighthouse, measureLighthouseRuns } from "./lighthouse.ts";
import { loadAverage } from "./load-average.ts";
import { measurePageWeights } from "./page-weight.ts";
import { measurePipeline } from "./pipeline.ts";
import { measurePreviewLatency } from "./preview-latency.ts";
import { measureSearch } from "./search.ts";
import { writeSyntheticEvidence } from "./synthetic.ts";
import { measureTimeline } from "./timeline.ts";

const quick = process.argv.includes("--quick");
const pipelineOnly = process.argv.includes("--pipeline");
const work = resolve(".tmp/bench");
mkdirSync(work, { recursive: true });
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: machine(),
  load: loadAverage(),
};

function machine(): string {
  const cpus = execFileSync("nproc").toString().trim();
  return `${cpus} cores, Node ${process.version}`;
}

function table(title: string, rows: Record<string, string | number>[]): void {
  process.stdout.write(`\n${title}\n`);
  if (!rows.length) return void process.stdout.write("  (nothing measured)\n");
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")}\n`;
  process.stdout.write(line(columns));
  process.stdout.write(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) process.stdout.write(line(columns.map((c) => String(row[c] ?? ""))));
}

// 1. The loader pipeline against papaparse alone, each in a fresh process.
const pipeline = measurePipeline(
  work,
  quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000],
  pipelineOnly ? 3 : 1,
);
results.pipeline = pipeline;
table("Loader pipeline (parse → validate → compile) vs papaparse alone on the same files", pipeline);
if (pipelineOnly) finish();

// 2. Whole builds: the shipped evidence and a 10,000-event folder (1,000 figures).
const large = join(work, "evidence-10000");
writeSyntheticEvidence(large, { events: 10_000 });
const shippedBuild = await measureBuild("data", join(work, "site-shipped"));
const largeBuild = await measureBuild(large, join(work, "site-10k"));
const builds = [shippedBuild.row, largeBuild.row];
const buildPhases = phaseRows([
  { name: "shipped", phases: shippedBuild.phases },
  { name: "10k", phases: largeBuild.phases },
]);
results.builds = builds;
results.buildPhases = { shipped: shippedBuild.phases, "10k": largeBuild.phases };
table(
  "npm run build (what Dossier adds around Framework's phase: no more than that phase, in CPU time)",
  builds,
);
table("npm run build by phase, wall seconds (CPU seconds)", buildPhases);

// 2b. npm run dev: start, and from saving events.csv to the open page showing the edit.
/** A measurement that fails (a dev server that does not start in time on a busy machine) is
 *  reported as a row with its reason, and the rest of the bench still runs. */
async function orFailure(
  evidence: string,
  measure: () => Promise<Record<string, string | number>>,
): Promise<Record<string, string | number>> {
  try {
    return await measure();
  } catch (error) {
    return { evidence, failed: error instanceof Error ? error.message : String(error) };
  }
}
const preview = [
  await orFailure("data", () => measurePreviewLatency("data", work)),
  await orFailure(large, () => measurePreviewLatency(large, work)),
];
results.preview = preview;
table("npm run dev in Chromium (save → page: < 1 s shipped, < 3 s with 10,000 events; one reload)", preview);

// 3. Bytes each page and embed transfers (gzip), everything it loads.
const weights = await measurePageWeights(join(work, "site-shipped"));
results.pageWeights = weights;
table("Transferred bytes per page (gzip, everything the page loads)", weights);

// 4. The timeline page with 10,000 events in Chromium: first render and filter updates.
const timeline = await measureTimeline(join(work, "site-10k"), { runs: quick ? 2 : 5 });
results.timeline = timeline;
table(
  "Timeline with 10,000 events in Chromium (medians, each run and its load average; targets on the phone, CPU ÷4: first render < 300 ms, filter < 50 ms)",
  timeline,
);

// 4b. The site search: index size and query time, shipped and 10,000 events.
const search = [
  measureSearch("shipped", join(work, "site-shipped")),
  measureSearch("10,000 events", join(work, "site-10k")),
];
results.search = search;
table("Site search (MiniSearch index fetched on first keystroke; each keystroke a query)", search);

// The evidence's history (/changes, data:diff) at 1,000 commits, each editing one row.
const history = [100, 1_000].map((events) => measureHistory(work, 1_000, events));
results.history = history;
table(
  "Evidence history: 1,000 commits each editing one row of events.csv (git log, git cat-file, diff of every commit)",
  history,
);

// 5. Lighthouse, desktop and mobile presets, every page.
if (!quick) {
  const lighthouse = await measureLighthouse(join(work, "site-shipped"));
  results.lighthouse = lighthouse;
  table("Lighthouse (performance ≥ 95 desktop, ≥ 90 mobile; accessibility 100; CLS 0 on embeds)", lighthouse);

  // The same on the 10,000-event site: its heaviest pages, the largest timeline year page included.
  const site10k = join(work, "site-10k");
  const yearsDir = join(site10k, "timeline");
  const bySize = (a: string, b: string) =>
    statSync(join(yearsDir, b)).size - statSync(join(yearsDir, a)).size;
  const largestYear = existsSync(yearsDir)
    ? readdirSync(yearsDir)
        .filter((name) => /^\d{4}\.html$/.test(name))
        .sort(bySize)[0]
    : undefined;
  const heavy = ["/", "/timeline", "/statements", "/sources", "/banks", "/embed/timeline"];
  if (largestYear) heavy.splice(2, 0, `/timeline/${largestYear.replace(/\.html$/, "")}`);
  const lighthouse10k = await measureLighthouse(site10k, heavy);
  results.lighthouse10k = lighthouse10k;
  table("Lighthouse on the 10,000-event site, its heaviest pages (same targets)", lighthouse10k);

  // Issue 20: /timeline at 10,000 events, mobile, ≥ 95 in every run; each run's score kept.
  const timelineMobile = await measureLighthouseRuns(site10k, "/timeline", 3);
  results.lighthouseTimelineMobile = timelineMobile;
  table("Lighthouse mobile on /timeline, 10,000 events, three runs (target: ≥ 95 every run)", timelineMobile);
}

finish();

function finish(): never {
  results.loadAtEnd = loadAverage();
  process.stdout.write(
    `\nload average (1, 5, 15 min) at start: ${results.load}; at end: ${results.loadAtEnd}\n`,
  );
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  // Every run's figures stay (one JSON line per run), so a change can be compared with earlier runs.
  appendFileSync("bench/history.jsonl", `${JSON.stringify(results)}\n`);
  process.stdout.write("\nwritten: bench/results.json, appended to bench/history.jsonl\n");
  process.exit(0);
}
