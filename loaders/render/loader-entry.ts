// Page and data loaders are modules with a default export `render(params)` that returns their
// output. Run by Framework (as a process) they print it; the build imports them all into one
// process instead (scripts/lib/prerender.ts), which saves a Node start-up and the imports of
// vega & co per page.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { dataDir } from "../data-dir.ts";
import type { Evidence } from "../model.ts";
import { currentInvestigation } from "../site/investigation.ts";

export type LoaderParams = Record<string, string>;
export type RenderLoader = (params: LoaderParams) => Promise<string> | string;

function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && realpathSync(resolve(entry)) === realpathSync(fileURLToPath(moduleUrl));
}

/** Framework passes a parameterized loader's params as --name=value. */
function paramsFromArgv(): LoaderParams {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: false });
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
}

/** Prints `render`'s output when the module is run as a loader; does nothing when imported. */
export async function runAsLoader(moduleUrl: string, render: RenderLoader): Promise<void> {
  if (!isMainModule(moduleUrl)) return;
  process.stdout.write(await render(paramsFromArgv()));
}

/** The evidence in DATA_DIR, read once per process while its folder stays unchanged. */
export function currentEvidence(dir: string = dataDir()): Evidence {
  return currentInvestigation(dir).evidence;
}
