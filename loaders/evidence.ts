// The I/O edge of the loaders: read a folder of CSVs as bytes, parse, validate.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv.ts";
import { displayPath } from "./data-dir.ts";
import * as message from "./messages.ts";
import type { Evidence } from "./model.ts";
import { compareProblems, error, formatProblem, isError, type Problem } from "./problem.ts";
import { schemas } from "./schema/index.ts";
import { headerRow } from "./schema/types.ts";
import { emptyEvidence, type ParsedTables, validateEvidence } from "./validate.ts";

/** Thrown by loadEvidence; its message lists every error as data:check prints it. */
export class EvidenceError extends Error {
  override name = "EvidenceError";
  constructor(
    message: string,
    readonly problems: readonly Problem[],
  ) {
    super(message);
  }
}

/** Every table in `dir`, validated; problems sorted by file, line, column. Never throws on bad data. */
export function readEvidence(dir: string): { evidence: Evidence; problems: Problem[] } {
  const shown = displayPath(dir);
  if (!existsSync(dir)) {
    return { evidence: emptyEvidence(), problems: [error(shown, 1, 1, message.missingFolder())] };
  }
  const parsed: ParsedTables = {};
  const unread: Problem[] = [];
  for (const schema of schemas) {
    const path = join(dir, schema.file);
    const file = `${shown}/${schema.file}`;
    if (!existsSync(path)) {
      unread.push(error(file, 1, 1, message.missingFile(headerRow(schema))));
      continue;
    }
    try {
      parsed[schema.name] = parseCsv(readFileSync(path), file);
    } catch (e) {
      unread.push(error(file, 1, 1, message.unreadableFile((e as NodeJS.ErrnoException).code ?? String(e))));
    }
  }
  const { evidence, problems } = validateEvidence(parsed);
  return { evidence, problems: [...unread, ...problems].sort(compareProblems) };
}

/** The evidence in `dir`, or an EvidenceError listing every error (warnings do not throw). */
export function loadEvidence(dir: string): Evidence {
  const { evidence, problems } = readEvidence(dir);
  const errors = problems.filter(isError);
  if (errors.length) {
    throw new EvidenceError(
      message.evidenceHasErrors(displayPath(dir), errors.length, errors.map(formatProblem)),
      errors,
    );
  }
  return evidence;
}
