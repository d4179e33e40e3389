// The I/O edge of the loaders: read a folder of CSVs as bytes, parse, validate.
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { type CsvHandler, CsvReader, chunkBytes, type ParsedCsv } from "./csv.ts";
import { displayPath } from "./data-dir.ts";
import * as message from "./messages.ts";
import type { Evidence } from "./model.ts";
import { compareProblems, error, formatProblem, isError, type Problem } from "./problem.ts";
import { schemas } from "./schema/index.ts";
import { headerRow } from "./schema/types.ts";
import { EvidenceCheck, emptyEvidence } from "./validate.ts";

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

/** Streams one file through a CsvReader: no more than a chunk of its bytes is held at once. */
function readCsv(path: string, file: string, handler: CsvHandler): ParsedCsv {
  const reader = new CsvReader(file, handler);
  const chunk = new Uint8Array(chunkBytes);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) reader.write(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return reader.end();
}

/**
 * Every table in `dir`, validated as it is read; problems sorted by file, line, column.
 * Never throws on bad data. events.csv is read as columns unless `columns` is false or it has
 * a problem (then it is read as rows, as every other table, for the messages); `pieceBytes`:
 * how much of it is read at a time (tests cut its records across pieces).
 */
export function readEvidence(
  dir: string,
  { columns = true, pieceBytes }: { columns?: boolean; pieceBytes?: number } = {},
): { evidence: Evidence; problems: Problem[]; declined?: string } {
  const shown = displayPath(dir);
  if (!existsSync(dir)) {
    return { evidence: emptyEvidence(), problems: [error(shown, 1, 1, message.missingFolder())] };
  }
  const check = new EvidenceCheck();
  const unread: Problem[] = [];
  for (const schema of schemas) {
    const path = join(dir, schema.file);
    const file = `${shown}/${schema.file}`;
    if (!existsSync(path)) {
      if (schema.optional) continue;
      unread.push(error(file, 1, 1, message.missingFile(headerRow(schema))));
      continue;
    }
    if (schema.name === "events" && columns && check.readEventColumns(path, file, pieceBytes)) continue;
    const table = check.table(schema, file);
    try {
      table.end(readCsv(path, file, table));
    } catch (e) {
      check.drop(table);
      unread.push(error(file, 1, 1, message.unreadableFile((e as NodeJS.ErrnoException).code ?? String(e))));
    }
  }
  const { evidence, problems } = check.finish();
  return { evidence, problems: [...unread, ...problems].sort(compareProblems), declined: check.declined };
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
