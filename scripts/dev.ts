// npm run dev: Framework's preview with live reload, plus what Framework lacks — it watches
// only loader files, not the CSVs they read, so a change under DATA_DIR touches every loader.
import { spawn } from "node:child_process";
import { readdirSync, utimesSync, watch } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../loaders/data-dir.ts";
import { seedNpmVersions } from "./lib/framework-cache.ts";

const loaderFile = /\.(json|csv|svg|png|txt|html|zip)\.(ts|js)$/;

function loaderFiles(dir = "src"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? loaderFiles(path) : loaderFile.test(entry.name) ? [path] : [];
  });
}

function touchLoaders(): void {
  const now = new Date();
  for (const file of loaderFiles()) utimesSync(file, now, now);
}

seedNpmVersions();
touchLoaders();
let pending: NodeJS.Timeout | undefined;
watch(dataDir(), { recursive: true }, () => {
  clearTimeout(pending);
  pending = setTimeout(touchLoaders, 100);
});
const preview = spawn(
  process.execPath,
  [
    "node_modules/@observablehq/framework/dist/bin/observable.js",
    "preview",
    "--no-open",
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" } },
);
preview.on("exit", (code) => process.exit(code ?? 0));
