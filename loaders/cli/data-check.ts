// npm run data:check [dir]: every problem in the evidence folder, one per line, then a summary.
// Exit code 1 on any error. The folder is the argument, else DATA_DIR, else ./data.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dataDir, displayPath } from "../data-dir.ts";
import { readEvidence } from "../evidence.ts";
import * as message from "../messages.ts";
import { formatProblem, isError } from "../problem.ts";
import { schemas } from "../schema/index.ts";

/** Checks `dir`, writing each line through `write`; true when there is no error. */
export function runDataCheck(dir: string, write: (line: string) => void): boolean {
  const { evidence, problems } = readEvidence(dir);
  for (const p of problems) write(formatProblem(p));
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const shown = `${displayPath(dir)}/`;
  if (errors) {
    write(message.checkFailed(shown, errors, warnings));
    return false;
  }
  const counts = schemas.map((s) => ({ name: s.name, singular: s.singular, rows: evidence[s.name].length }));
  write(message.checkPassed(shown, counts, warnings));
  return true;
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && realpathSync(resolve(entry)) === realpathSync(fileURLToPath(import.meta.url));
}

if (isMain()) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : dataDir();
  process.exitCode = runDataCheck(dir, (line) => process.stdout.write(`${line}\n`)) ? 0 : 1;
}
