// A whole `npm run build` for an evidence folder: wall time, each phase's wall and CPU time (the
// build reports them, scripts/lib/build-phases.ts), and what it produced. On a shared machine
// the CPU seconds are the figures to compare; the wall seconds include waiting for a core.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PhaseTime } from "../scripts/lib/build-phases.ts";

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export interface BuildMeasure {
  row: Record<string, string | number>;
  phases: PhaseTime[];
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export async function measureBuild(dataDir: string, out: string): Promise<BuildMeasure> {
  const phasesFile = `${out}.phases.json`;
  const started = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], {
    env: { ...process.env, DATA_DIR: dataDir, DOSSIER_QUIET: "1", DOSSIER_BUILD_PHASES: phasesFile },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const wallMs = performance.now() - started;
  const phases = JSON.parse(readFileSync(phasesFile, "utf8")) as PhaseTime[];
  rmSync(phasesFile, { force: true });
  const pages = readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
  const framework = phases.find((p) => p.phase === "framework") ?? { ms: 0, cpuMs: 0 };
  const around = phases.filter((p) => p.phase !== "framework");
  const aroundMs = around.reduce((sum, p) => sum + p.ms, 0);
  const aroundCpuMs = around.reduce((sum, p) => sum + p.cpuMs, 0);
  return {
    row: {
      evidence: dataDir,
      "build s": seconds(wallMs),
      "Framework s (CPU)": `${seconds(framework.ms)} (${seconds(framework.cpuMs)})`,
      "Dossier around it s (CPU)": `${seconds(aroundMs)} (${seconds(aroundCpuMs)})`,
      "around / Framework, CPU": (aroundCpuMs / Math.max(1, framework.cpuMs)).toFixed(2),
      target: "≤ 1.00",
      pages,
      "site MB": (folderBytes(out) / 1e6).toFixed(1),
    },
    phases,
  };
}

/** One row per phase, one column per build: "wall (CPU)" seconds. */
export function phaseRows(builds: { name: string; phases: PhaseTime[] }[]): Record<string, string>[] {
  const names = [...new Set(builds.flatMap((b) => b.phases.map((p) => p.phase)))];
  return names.map((phase) => ({
    phase,
    ...Object.fromEntries(
      builds.map(({ name, phases }) => {
        const p = phases.find((x) => x.phase === phase);
        return [`${name} s (CPU)`, p ? `${seconds(p.ms)} (${seconds(p.cpuMs)})` : ""];
      }),
    ),
  }));
}
