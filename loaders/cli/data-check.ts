// npm run data:check [--format text|github|json] [--strict] [dir]: every problem in the evidence
// folder, one per line, then a summary (none in json). Exit code 1 on any error, 2 on a wrong
// argument. --strict makes a source without an archived copy an error. The folder is the
// argument, else DATA_DIR, else ./data.
import { closeSync, existsSync, openSync, readSync, realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chunkBytes, parseCsv } from "../csv.ts";
import { dataDir, displayPath } from "../data-dir.ts";
import * as message from "../messages.ts";
import { isError, type Problem } from "../problem.ts";
import { schemas } from "../schema/index.ts";
import { readInvestigation } from "../site/investigation.ts";
import {
  isProblemFormat,
  noPlace,
  type ProblemFormat,
  type ProblemPlace,
  problemFormats,
  problemPrinter,
} from "./problem-formats.ts";
import * as usage from "./usage-messages.ts";

export interface DataCheckOptions {
  format?: ProblemFormat;
  /** Where `github` paths start: the repository's checkout (GITHUB_WORKSPACE), else the cwd. */
  root?: string;
  /** The warnings a newsroom chose to enforce (a source without an archived copy) are errors. */
  strict?: boolean;
}

/** A warning with a strict rule, made an error. */
function strictly(p: Problem): Problem {
  return p.rule && p.severity === "warning" ? { ...p, severity: "error" } : p;
}

/** The header names of a CSV (its first chunk is enough), by 1-based column. */
function headerNames(path: string): Map<number, string> {
  const bytes = new Uint8Array(chunkBytes);
  const fd = openSync(path, "r");
  try {
    const read = readSync(fd, bytes);
    return new Map(parseCsv(bytes.subarray(0, read), path).header.map((c) => [c.column, c.value]));
  } catch {
    return new Map();
  } finally {
    closeSync(fd);
  }
}

/** Finds each problem's table from its file, and its column's name from that file's header. */
function placesIn(dir: string): (p: Problem) => ProblemPlace {
  const shown = displayPath(dir);
  const headers = new Map<string, Map<number, string>>();
  return (p) => {
    const schema = schemas.find((s) => p.file === `${shown}/${s.file}`);
    if (!schema) return noPlace;
    const path = join(dir, schema.file);
    let names = headers.get(path);
    if (!names) {
      names = existsSync(path) ? headerNames(path) : new Map();
      headers.set(path, names);
    }
    // Line 1, column 1 is where problems with the whole file stand (missing columns, empty file).
    const whole = p.line === 1 && p.column === 1;
    return { table: schema.name, columnName: (!whole && names.get(p.column)) || null };
  };
}

/** Checks `dir`, writing each line through `write`; true when there is no error. */
export function runDataCheck(
  dir: string,
  write: (line: string) => void,
  { format = "text", root = process.cwd(), strict = false }: DataCheckOptions = {},
): boolean {
  const { investigation, problems: found } = readInvestigation(dir);
  const { evidence } = investigation;
  const problems = strict ? found.map(strictly) : found;
  const print = problemPrinter(format, { place: placesIn(dir), root, cwd: process.cwd() });
  for (const p of problems) write(print(p));
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const unarchived = problems.filter((p) => p.rule === "unarchived-source").length;
  const shown = `${displayPath(dir)}/`;
  if (errors) {
    if (format !== "json") write(message.checkFailed(shown, errors, warnings, unarchived));
    return false;
  }
  // An optional table whose file is absent is not part of this evidence: the summary leaves it out.
  const counts = schemas
    .filter((s) => !s.optional || existsSync(join(dir, s.file)))
    .map((s) => ({ name: s.name, singular: s.singular, rows: evidence[s.name].length }));
  if (format !== "json") write(message.checkPassed(shown, counts, warnings, unarchived));
  return true;
}

/** The folder and options from the command line, or the message that says what is wrong. */
export function parseDataCheckArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { dir: string; format: ProblemFormat; strict: boolean } | { usage: string } {
  // Not strict, so a mistyped option is named in our words rather than in Node's.
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { format: { type: "string" }, strict: { type: "boolean" } },
    allowPositionals: true,
    strict: false,
  });
  const unknown = Object.keys(values).find((name) => name !== "format" && name !== "strict");
  if (unknown !== undefined)
    return { usage: usage.dataCheckUsage(`unknown option --${unknown}`, problemFormats) };
  const format = values.format ?? "text";
  if (typeof format !== "string" || !isProblemFormat(format))
    return { usage: usage.unknownFormat(typeof format === "string" ? format : "", problemFormats) };
  const [dir, ...rest] = positionals;
  if (rest.length)
    return { usage: usage.dataCheckUsage(`one folder only, not ${rest.length + 1}`, problemFormats) };
  if (values.strict !== undefined && typeof values.strict !== "boolean")
    return { usage: usage.dataCheckUsage("--strict takes no value", problemFormats) };
  return { dir: dir ? resolve(dir) : dataDir(env), format, strict: values.strict === true };
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && realpathSync(resolve(entry)) === realpathSync(fileURLToPath(import.meta.url));
}

if (isMain()) {
  const args = parseDataCheckArgs(process.argv.slice(2));
  if ("usage" in args) {
    process.stderr.write(`${args.usage}\n`);
    process.exitCode = 2;
  } else {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const write = (line: string) => process.stdout.write(`${line}\n`);
    const { dir, format, strict } = args;
    process.exitCode = runDataCheck(dir, write, { format, root, strict }) ? 0 : 1;
  }
}
