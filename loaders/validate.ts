// Parsed tables to typed evidence, checking every cell against its table's schema and every
// reference against the table it names. Problems are collected, never thrown:
//
//   headers -> ids (so references resolve in one pass) -> rows -> uncited sources
import type { CsvRecord, ParsedCsv } from "./csv.ts";
import type { Evidence, TableName } from "./model.ts";
import { compareProblems, type Problem } from "./problem.ts";
import { schemas } from "./schema/index.ts";
import { checkHeader } from "./validate/header.ts";
import { collectIds, RowReader, type Table, uncitedSources } from "./validate/rows.ts";

export type ParsedTables = Partial<Record<TableName, ParsedCsv>>;

export function emptyEvidence(): Evidence {
  return { sources: [], actors: [], events: [], statements: [], claims: [], figures: [] };
}

/** Validates every table given; a missing table is skipped (reporting its absence is the caller's). */
export function validateEvidence(parsed: ParsedTables): { evidence: Evidence; problems: Problem[] } {
  const problems: Problem[] = [];
  const tables = new Map<TableName, Table>();
  for (const schema of schemas) {
    const csv = parsed[schema.name];
    if (!csv) continue;
    const header = checkHeader(schema, csv);
    problems.push(...csv.problems, ...header.problems);
    if (header.usable) {
      const { ids, idOk } = collectIds(schema, csv, header, problems);
      tables.set(schema.name, { schema, parsed: csv, header, ids, idOk });
    }
  }

  const evidence = emptyEvidence();
  const reader = new RowReader(tables, problems);
  for (const table of tables.values()) {
    const rows = evidence[table.schema.name] as unknown[];
    const width = table.parsed.header.length;
    const plan = reader.plan(table);
    const records = table.parsed.records;
    for (let i = 0; i < records.length; i++) {
      const { cells, line } = records[i] as CsvRecord;
      if (cells.length !== width) continue; // reported by the parser
      const row = reader.read(plan, cells, line, table.idOk[i] === 1);
      if (row) rows.push(row);
    }
  }
  problems.push(...uncitedSources(tables, reader.cited));
  return { evidence, problems: problems.sort(compareProblems) };
}
