// The loader pipeline (parse -> validate -> compile) against papaparse alone on the same files,
// and against the kit's own parser alone (records dropped), each measurement in a fresh process
// (bench/pipeline-child.ts), so peak RSS belongs to it alone.
// With several runs the modes alternate and the median is reported: on a shared machine one
// run's CPU time varies by ±25%.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { median } from "./median.ts";
import { writeSyntheticEvidence } from "./synthetic.ts";

interface Measurement {
  ms: number;
  cpuMs: number;
  processCpuMs: number;
  peakRssMb: number;
  rows: number;
  eventsRead?: string;
}

function child(mode: "papaparse" | "parse" | "pipeline", dir: string): Measurement {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/pipeline-child.ts", mode, dir], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.toString());
}

function loadAverage(): string {
  return (loadavg()[0] as number).toFixed(1);
}

/** The median run of each mode, by CPU time; wall time, rows/s and peak RSS of those runs. */
function medianRun(runs: Measurement[]): Measurement {
  const cpu = median(runs.map((r) => r.cpuMs));
  return runs.reduce((best, r) => (Math.abs(r.cpuMs - cpu) < Math.abs(best.cpuMs - cpu) ? r : best));
}

export function measurePipeline(work: string, sizes: readonly number[], runs: number) {
  const rows = [];
  for (const events of sizes) {
    const dir = join(work, `evidence-${events}`);
    writeSyntheticEvidence(dir, { events });
    const floors: Measurement[] = [];
    const parses: Measurement[] = [];
    const fulls: Measurement[] = [];
    const loadAtStart = loadAverage();
    for (let i = 0; i < runs; i++) {
      floors.push(child("papaparse", dir));
      parses.push(child("parse", dir));
      fulls.push(child("pipeline", dir));
    }
    const floor = medianRun(floors);
    const parse = medianRun(parses);
    const full = medianRun(fulls);
    const cpu = (r: Measurement) => (r.cpuMs / 1000).toFixed(2);
    rows.push({
      events,
      runs,
      "pipeline s": (full.ms / 1000).toFixed(2),
      "rows/s": Math.round(full.rows / (full.ms / 1000)).toLocaleString("en-US"),
      "peak RSS MB": Math.round(Math.max(...fulls.map((r) => r.peakRssMb))),
      "papaparse s": (floor.ms / 1000).toFixed(2),
      "x floor": (full.ms / floor.ms).toFixed(2),
      // CPU time of the work alone: on a busy machine wall time is mostly waiting for a core.
      "pipeline CPU s": (full.cpuMs / 1000).toFixed(2),
      "papaparse CPU s": (floor.cpuMs / 1000).toFixed(2),
      "x floor, CPU": (full.cpuMs / floor.cpuMs).toFixed(2),
      // The kit's parser alone: what is left of the pipeline is checking and keeping rows.
      "parse alone CPU s": cpu(parse),
      "CPU s, each run (pipeline / papaparse / parse alone)": [fulls, floors, parses]
        .map((list) => list.map(cpu).join(" "))
        .join(" / "),
      // A figure of the columnar reader only if it did not decline (loaders/events/).
      "events read as": [...new Set(fulls.map((r) => r.eventsRead))].join(", "),
      "load (1 min), start → end": `${loadAtStart} → ${loadAverage()}`,
      target: "≤ 1.5x, < 1024 MB",
    });
  }
  return rows;
}
