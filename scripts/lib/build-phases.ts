// The build's phases by name, wall time and CPU time, so the bench (and anyone reading the log)
// sees where a build spends its time: a phase added later (post-processing steps) is measured
// the same way. CPU time is what a phase costs on a machine busy with other work; a phase run in
// a child process (Framework's) adds the CPU time that child reports (report-cpu.mjs).
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

export interface PhaseTime {
  phase: string;
  ms: number;
  cpuMs: number;
}

function cpuMsNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export class PhaseClock {
  readonly phases: PhaseTime[] = [];

  /** Records the time from process start to now (Node start, imports, the site configuration). */
  sinceProcessStart(phase: string): void {
    this.phases.push({ phase, ms: performance.now(), cpuMs: cpuMsNow() });
  }

  /**
   * Runs `work` as the phase `phase` and records its times (also when it throws). A child
   * process started by `work` reports its CPU time to `childCpuFile`.
   */
  async time<T>(phase: string, work: () => T | Promise<T>, childCpuFile?: string): Promise<T> {
    const started = performance.now();
    const cpuStarted = cpuMsNow();
    try {
      return await work();
    } finally {
      let childCpuMs = 0;
      if (childCpuFile && existsSync(childCpuFile)) {
        childCpuMs = Number(readFileSync(childCpuFile, "utf8")) || 0;
        rmSync(childCpuFile, { force: true });
      }
      this.phases.push({
        phase,
        ms: performance.now() - started,
        cpuMs: cpuMsNow() - cpuStarted + childCpuMs,
      });
    }
  }

  /** One line for the log: "wall/CPU s: check 1.2/1.1, loaders 3.4/3.3, ...". */
  summary(): string {
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    return `wall/CPU s: ${this.phases.map(({ phase, ms, cpuMs }) => `${phase} ${seconds(ms)}/${seconds(cpuMs)}`).join(", ")}`;
  }

  /** Writes the phases as JSON where the bench asks for them (DOSSIER_BUILD_PHASES=file). */
  report(file = process.env.DOSSIER_BUILD_PHASES): void {
    if (file) writeFileSync(file, `${JSON.stringify(this.phases)}\n`);
  }
}
