// Preloaded into Framework's build process (node --import) when the build reports its phases:
// writes the process's CPU time at exit to DOSSIER_CPU_REPORT, so a phase run in a child
// process is measured in CPU seconds too (wall time alone says little on a loaded machine).
import { writeFileSync } from "node:fs";

const file = process.env.DOSSIER_CPU_REPORT;
if (file)
  process.on("exit", () => {
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, String((userCPUTime + systemCPUTime) / 1000));
  });
