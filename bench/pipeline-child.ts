// One measurement in a fresh process, so peak RSS belongs to it alone:
//   node --import tsx bench/pipeline-child.ts papaparse|pipeline DIR
// prints {ms, cpuMs, peakRssMb, rows} as JSON.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { compileEvidence } from "../loaders/compile/evidence-json.ts";
import { readEvidence } from "../loaders/evidence.ts";

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== "papaparse" && mode !== "pipeline")) throw new Error("usage: papaparse|pipeline DIR");

const started = performance.now();
let rows = 0;
if (mode === "papaparse") {
  // The floor: papaparse alone on the same files, decoded the same way, keeping its rows.
  const parsed: unknown[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".csv"))) {
    const text = new TextDecoder("utf-8").decode(readFileSync(join(dir, file)));
    const { data } = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" });
    parsed.push(data);
    if (file === "events.csv") rows = data.length - 1;
  }
} else {
  const { evidence, problems } = readEvidence(dir);
  if (problems.some((p) => p.severity === "error"))
    throw new Error(`synthetic evidence has problems: ${problems[0]?.message}`);
  rows = compileEvidence(evidence).events.length;
}
const ms = performance.now() - started;
const usage = process.resourceUsage();
// CPU time too: on a shared machine it says how much of `ms` was waiting for a core.
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(JSON.stringify({ ms, cpuMs, peakRssMb: usage.maxRSS / 1024, rows }));
