// One measurement in a fresh process, so peak RSS belongs to it alone:
//   node --import tsx bench/pipeline-child.ts papaparse|parse|pipeline DIR
// papaparse: the floor; parse: the kit's own CsvReader alone (records dropped, nothing checked
// or kept), so the bench shows how much of the pipeline is validating and keeping rows.
// prints {ms, cpuMs, processCpuMs, peakRssMb, rows, eventsRead} as JSON: cpuMs is the CPU time of the work
// alone (every thread of the process, garbage collection included), processCpuMs adds starting
// Node and tsx (~0.5 s, the same for both modes, which would flatten the ratio at 10k–100k).
import { closeSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { compileEvidence } from "../loaders/compile/evidence-json.ts";
import { CsvReader, chunkBytes } from "../loaders/csv.ts";
import { readEvidence } from "../loaders/evidence.ts";

const [mode, dir] = process.argv.slice(2);
if (!dir || !["papaparse", "parse", "pipeline"].includes(mode as string))
  throw new Error("usage: papaparse|parse|pipeline DIR");
const csvFiles = readdirSync(dir).filter((name) => name.endsWith(".csv"));

const started = performance.now();
const cpuAtStart = process.cpuUsage();
let rows = 0;
/** pipeline: how events.csv was read ("columns", or "rows: " and why the columnar reader declined). */
let eventsRead: string | undefined;
if (mode === "papaparse") {
  // The floor: papaparse alone on the same files, decoded the same way, keeping its rows.
  const parsed: unknown[] = [];
  for (const file of csvFiles) {
    const text = new TextDecoder("utf-8").decode(readFileSync(join(dir, file)));
    const { data } = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" });
    parsed.push(data);
    if (file === "events.csv") rows = data.length - 1;
  }
} else if (mode === "parse") {
  // As readEvidence reads a file (loaders/evidence.ts), with a handler that only counts.
  for (const file of csvFiles) {
    const reader = new CsvReader(file, { record: () => void (file === "events.csv" && rows++) });
    const chunk = new Uint8Array(chunkBytes);
    const fd = openSync(join(dir, file), "r");
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) reader.write(chunk.subarray(0, n));
    closeSync(fd);
    reader.end();
  }
} else {
  const { evidence, problems, declined } = readEvidence(dir);
  eventsRead = declined === undefined ? "columns" : `rows: ${declined}`;
  if (problems.some((p) => p.severity === "error"))
    throw new Error(`synthetic evidence has problems: ${problems[0]?.message}`);
  rows = compileEvidence(evidence).events.length;
}
const ms = performance.now() - started;
// CPU time too: on a shared machine it says how much of `ms` was waiting for a core.
const work = process.cpuUsage(cpuAtStart);
const cpuMs = (work.user + work.system) / 1000;
const usage = process.resourceUsage();
const processCpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(
  JSON.stringify({ ms, cpuMs, processCpuMs, peakRssMb: usage.maxRSS / 1024, rows, eventsRead }),
);
