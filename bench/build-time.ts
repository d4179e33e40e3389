// Wall time of a whole `npm run build` for an evidence folder, and what it produced.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export async function measureBuild(dataDir: string, out: string): Promise<Record<string, string | number>> {
  const started = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], {
    env: { ...process.env, DATA_DIR: dataDir, DOSSIER_QUIET: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
  return {
    evidence: dataDir,
    "build s": seconds.toFixed(1),
    pages,
    "site MB": (folderBytes(out) / 1e6).toFixed(1),
  };
}
