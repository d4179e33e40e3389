// Builds the site once for every browser test; the tests read it from SITE_DIR.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./chromium.ts";

export const siteDir = resolve(".tmp/site-under-test");

export default function setup(project: TestProject): void {
  chromiumPath(); // fail first, in one line, when the browser is missing
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", siteDir], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DOSSIER_QUIET: "1" },
  });
  project.provide("siteDir", siteDir);
}

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
  }
}
