// Builds the shipped site for the browser tests, beside the first test files rather than before
// them: the build runs while the unit tests do (vitest would otherwise hold every worker until a
// global setup returns). Test files wait for it with shippedSite() (shipped-site.ts).
import { spawn } from "node:child_process";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./chromium.ts";

export const siteDir = resolve(".tmp/site-under-test");
/** Written once the build ends: its exit code and error output (JSON). */
export const siteBuildResult = resolve(".tmp/site-under-test.result.json");

export default function setup(project: TestProject): () => Promise<void> {
  chromiumPath(); // fail first, in one line, when the browser is missing
  rmSync(siteBuildResult, { force: true });
  mkdirSync(resolve(".tmp"), { recursive: true });
  const build = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", siteDir], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DOSSIER_QUIET: "1" },
  });
  let errors = "";
  build.stderr.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
    process.stderr.write(chunk);
  });
  const ended = new Promise<void>((done) => {
    build.on("close", (code) => {
      // Written whole, then renamed: a reader never sees half of it.
      writeFileSync(`${siteBuildResult}.part`, JSON.stringify({ code, errors }));
      renameSync(`${siteBuildResult}.part`, siteBuildResult);
      done();
    });
  });
  project.provide("siteDir", siteDir);
  project.provide("siteBuildResult", siteBuildResult);
  // A run whose files all end before the build does still waits for it (no half-built site or
  // orphaned Framework process left behind).
  return () => ended;
}

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    siteBuildResult: string;
  }
}
