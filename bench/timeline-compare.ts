// Two built sites' /timeline, measured turn about on the phone profile (375×800, CPU ÷4): a
// change against its baseline under the same load, on a machine whose load varies by the minute.
//
//   tsx bench/timeline-compare.ts SITE_A SITE_B [--rounds 4] [--runs 1] [--viewport phone|desktop]
//
// Each round measures A then B (`--runs` page loads each, 8 filter changes a load) and prints
// both rows with the load average; the last lines give the medians of the rounds.
import { serveStatic } from "../scripts/lib/static-server.ts";
import { launchChromium } from "../test/browser/chromium.ts";
import { median } from "./median.ts";
import { measureViewport, viewports } from "./timeline.ts";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const [a, b] = process.argv.slice(2).filter((arg) => !arg.startsWith("--") && !/^\d+$/.test(arg));
if (!a || !b) throw new Error("usage: tsx bench/timeline-compare.ts SITE_A SITE_B [--rounds N]");
const rounds = Number(option("--rounds", "4"));
const runs = Number(option("--runs", "1"));
const viewport = option("--viewport", "phone") as keyof typeof viewports;
/** A built site served for the comparison, with each round's figures (ms). */
async function servedSite(name: string, dir: string) {
  return {
    name,
    dir,
    server: await serveStatic(dir),
    first: [] as number[],
    wait: [] as number[],
    filter: [] as number[],
  };
}
const sites = [await servedSite("A", a), await servedSite("B", b)];
const browser = await launchChromium();
process.stdout.write(
  `A = ${a}\nB = ${b}\n${viewports[viewport].name}, ${rounds} rounds of ${runs} load(s)\n`,
);
try {
  for (let round = 1; round <= rounds; round++) {
    for (const site of round % 2 ? sites : [...sites].reverse()) {
      const row = await measureViewport(browser, site.server, viewport, runs);
      site.first.push(Number(row["first render ms"]));
      site.filter.push(Number(row["filter update ms"]));
      site.wait.push(Number(row["start→rendered ms"]));
      process.stdout.write(
        `round ${round} ${site.name}: first render ${row["first render ms"]} ms, start→rendered ${row["start→rendered ms"]} ms, filter ${row["filter update ms"]} ms, ` +
          `filter→painted ${row["filter→painted ms"]} ms, nav→painted ${row["nav→painted ms"]} ms, load ${row["load avg, each run"]}\n`,
      );
    }
  }
  for (const site of sites)
    process.stdout.write(
      `${site.name}: first render median ${median(site.first).toFixed(1)} ms, start→rendered median ${median(site.wait).toFixed(1)} ms, filter median ${median(site.filter).toFixed(1)} ms\n`,
    );
} finally {
  await browser.close();
  for (const site of sites) await site.server.close();
}
