// Parsed tables to typed evidence, checking every cell against its table's schema and every
// reference against the table it names. Problems are collected, never thrown. Tables are
// checked as they are parsed, a record at a time, in schema order (so a reference's table is
// complete before it is used):
//
//   header -> each record: id (unique in its table, and across the tables a target may
//   name), then cells and references -> (all tables) uncited sources
//
// A table whose references need itself or a later table keeps its records until those ids
// are complete, and every table after it waits too, so rows are read in the same order.
import type { Cell, CsvHandler, ParsedCsv } from "./csv.ts";
import type { EventColumns } from "./events/columns.ts";
import { Declined } from "./events/declined.ts";
import { readEventColumns } from "./events/read-file.ts";
import { eventTable } from "./events/rows-table.ts";
import type { Evidence, EvidenceEvent, TableName } from "./model.ts";
import { compareProblems, type Problem } from "./problem.ts";
import { schemas } from "./schema/index.ts";
import type { TableSchema } from "./schema/types.ts";
import { checkHeader } from "./validate/header.ts";
import {
  checkId,
  newTable,
  type Plan,
  RowReader,
  type RowTable,
  type Table,
  unarchivedSources,
  uncitedSources,
} from "./validate/rows.ts";
import { SharedIds } from "./validate/shared-ids.ts";

export type ParsedTables = Partial<Record<TableName, ParsedCsv>>;

export function emptyEvidence(): Evidence {
  return {
    sources: [],
    actors: [],
    events: eventTable([]),
    statements: [],
    claims: [],
    figures: [],
    annotations: [],
    corrections: [],
  };
}

/** The rows read so far, per table: the events become a table in `finish`. */
type Rows = Omit<Evidence, "events"> & { events: EvidenceEvent[] };

/** Records kept until the tables they reference are complete: cells, line, id ok (1/0). */
type Held = [cells: string[], line: number, idOk: boolean][];

/** The checks of one table, fed by its CsvReader: header, records, then `end`. */
export class TableCheck implements CsvHandler {
  readonly problems: Problem[] = [];
  private table: RowTable | undefined;
  private plan: Plan | undefined;
  private held: Held | undefined;
  private sawHeader = false;

  constructor(
    private readonly evidence: EvidenceCheck,
    readonly schema: TableSchema,
    readonly file: string,
  ) {}

  header(cells: Cell[]): void {
    this.sawHeader = true;
    const header = checkHeader(this.schema, this.file, cells, false);
    this.problems.push(...header.problems);
    if (!header.usable) return;
    this.table = newTable(this.schema, this.file, header, cells.length);
    this.evidence.add(this.table);
    if (this.evidence.mustWait(this.schema)) this.held = [];
    else this.plan = this.evidence.plan(this.table);
  }

  record(cells: string[], line: number): void {
    const table = this.table;
    if (!table) return;
    const idOk = checkId(table, cells, line, this.problems, this.evidence.ids);
    if (cells.length !== table.width) return; // reported by the parser
    if (this.held) this.held.push([cells, line, idOk]);
    else this.evidence.read(this, this.plan as Plan, cells, line, idOk);
  }

  /** After the parser's last record: its problems, and an empty file's. */
  end(parsed: Pick<ParsedCsv, "problems">): void {
    this.problems.push(...parsed.problems);
    if (!this.sawHeader) {
      this.problems.push(...checkHeader(this.schema, this.file, [], parsed.problems.length > 0).problems);
    }
    this.evidence.ended(this);
  }

  /** Reads the held records, now that the tables they reference are complete. */
  readHeld(): void {
    const { table, held } = this;
    if (!table || !held) return;
    this.held = undefined;
    const plan = this.evidence.plan(table);
    for (const [cells, line, idOk] of held) this.evidence.read(this, plan, cells, line, idOk);
  }
}

/** Evidence checked as its tables are parsed; `table` for each, then `finish`. */
export class EvidenceCheck {
  private readonly tables = new Map<TableName, Table>();
  private readonly checks: TableCheck[] = [];
  private readonly reader = new RowReader(this.tables, []);
  /** Ids across the tables a target may name. */
  readonly ids = new SharedIds(this.tables);
  private readonly rows: Rows = { ...emptyEvidence(), events: [] };
  /** A table is waiting for a later one, so every table after it waits too. */
  private deferring = false;
  /** Every table given, read or not (an optional table is absent only when it is not here). */
  private readonly given = new Set<TableName>();
  /** events.csv, when it was read as columns. */
  private eventColumns: EventColumns | undefined;
  /** Why events.csv was not read as columns (for tests and benches). */
  declined: string | undefined;

  /** The handler for one table's parser (tables in schema order). */
  table(schema: TableSchema, file: string): TableCheck {
    this.given.add(schema.name);
    const check = new TableCheck(this, schema, file);
    this.checks.push(check);
    return check;
  }

  /**
   * Reads events.csv as columns (events/read-file.ts) when nothing in it would give a problem;
   * false, with nothing changed, when it must be read as rows, for the messages. Events refer
   * only to earlier tables, so they wait only when a table before them does.
   */
  readEventColumns(path: string, file: string, bytes?: number): boolean {
    const read = this.deferring
      ? new Declined("an earlier table waits")
      : readEventColumns(path, file, this.tables, bytes);
    if (read instanceof Declined) {
      this.declined = read.message;
      return false;
    }
    this.given.add("events");
    this.tables.set("events", read.table);
    const sources = this.tables.get("sources") as Table;
    sources.cited ??= new Uint8Array(sources.ids.size);
    for (let n = 0; n < read.cited.length; n++) if (read.cited[n]) sources.cited[n] = 1;
    this.eventColumns = read.events;
    return true;
  }

  /** Forgets a table that could not be read to the end (as if it were never given). */
  drop(check: TableCheck): void {
    this.checks.splice(this.checks.indexOf(check), 1);
    this.tables.delete(check.schema.name);
    this.rows[check.schema.name] = [];
  }

  add(table: Table): void {
    this.tables.set(table.schema.name, table);
  }

  /** Whether the table's rows must wait: it references itself or a later table. */
  mustWait(schema: TableSchema): boolean {
    const order = schemas.indexOf(schema);
    const targets = schema.columns.flatMap((c) =>
      c.type === "ref" || c.type === "list-of-refs"
        ? [schemas.findIndex((s) => s.name === c.table)]
        : c.type === "ref-any"
          ? c.tables.map((table) => schemas.findIndex((s) => s.name === table))
          : [],
    );
    if (targets.some((t) => t > order)) this.deferring = true;
    return this.deferring || targets.includes(order);
  }

  plan(table: Table): Plan {
    return this.reader.plan(table);
  }

  read(check: TableCheck, plan: Plan, cells: readonly string[], line: number, idOk: boolean): void {
    this.reader.problems = check.problems;
    const row = this.reader.read(plan, cells, line, idOk);
    if (row) (this.rows[check.schema.name] as unknown[]).push(row);
  }

  /** A table's records are all in: one that waited only for itself is read now. */
  ended(check: TableCheck): void {
    if (!this.deferring) check.readHeld();
  }

  finish(): { evidence: Evidence; problems: Problem[] } {
    for (const check of this.checks) check.readHeld();
    const problems = this.checks.flatMap((check) => check.problems);
    problems.push(
      ...uncitedSources(this.tables, this.given),
      ...unarchivedSources(this.tables, this.rows.sources),
    );
    const evidence = { ...this.rows, events: this.eventColumns ?? eventTable(this.rows.events) };
    return { evidence, problems: problems.sort(compareProblems) };
  }
}

/** Validates every table given; a missing table is skipped (reporting its absence is the caller's). */
export function validateEvidence(parsed: ParsedTables): { evidence: Evidence; problems: Problem[] } {
  const evidence = new EvidenceCheck();
  for (const schema of schemas) {
    const csv = parsed[schema.name];
    if (!csv) continue;
    const check = evidence.table(schema, csv.file);
    if (csv.header.length) check.header(csv.header);
    for (const { cells, line } of csv.records) check.record(cells, line);
    check.end(csv);
  }
  return evidence.finish();
}
