// Rows of one table to typed objects. A plan, made once per table, says where each schema
// column sits in the file and which ids its references must match, so reading a row is a
// single walk over its cells.
import { closest } from "../closest.ts";
import type { CsvRecord, ParsedCsv } from "../csv.ts";
import { endsBefore } from "../dates.ts";
import * as message from "../messages.ts";
import type { PartialDate, TableName } from "../model.ts";
import { error, type Problem, warning } from "../problem.ts";
import { schemas } from "../schema/index.ts";
import type { Column, TableSchema } from "../schema/types.ts";
import { Invalid, isSlug, readCell, slugify, trim } from "./cell.ts";
import type { HeaderCheck } from "./header.ts";

export interface Table {
  schema: TableSchema;
  parsed: ParsedCsv;
  header: HeaderCheck;
  /** Each id and the line of its first row. */
  ids: Map<string, number>;
  /** 1 where the record's id is valid and its first use, by record index. */
  idOk: Uint8Array;
}

/** How to read one table's rows: a step per schema column, and a builder for the row object. */
export interface Plan {
  table: Table;
  steps: Step[];
  /** Values in schema order, then `extra`; reused from row to row. */
  values: unknown[];
  build: (values: readonly unknown[]) => Record<string, unknown>;
}

interface Step {
  column: Column;
  /** Cell index in the file, undefined when an optional column is absent. */
  at: number | undefined;
  /** Ids a reference must match; undefined when that table could not be read (not checked). */
  ids?: Map<string, number>;
  targetFile?: string;
  /** For a date that must not end before another: that column's index in the plan. */
  start?: number;
}

/** "Did you mean" costs O(ids) per unknown reference, so it is offered a bounded number of times. */
const suggestAmongAtMost = 5_000;
const suggestionsAtMost = 100;
const noExtra: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * A function that builds `{key0: v[0], key1: v[1], …}`, compiled once per table as d3-dsv's
 * objectConverter does: every row gets the same shape, which is several times faster than
 * adding properties one by one. The keys are the schema's own, never data.
 */
function objectBuilder(keys: readonly string[]): Plan["build"] {
  const body = keys.map((key, i) => `${JSON.stringify(key)}: v[${i}]`).join(", ");
  return new Function("v", `return {${body}};`) as Plan["build"];
}

export function collectIds(schema: TableSchema, parsed: ParsedCsv, header: HeaderCheck, problems: Problem[]) {
  const column = schema.columns.find((c) => c.type === "id");
  if (!column) throw new Error(`schema ${schema.name} has no id column`);
  const at = header.index.get(column.name) ?? 0;
  const ids = new Map<string, number>();
  const idOk = new Uint8Array(parsed.records.length);
  const records = parsed.records;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as CsvRecord;
    const cell = record.cells[at];
    if (cell === undefined) continue;
    const id = trim(cell);
    const first = ids.get(id);
    let text: string | undefined;
    if (id === "") text = message.requiredEmpty(column.name, schema.singular);
    else if (!isSlug(id)) text = message.notASlug(column.name, id, slugify(id) || undefined);
    else if (first !== undefined) text = message.duplicateId(id, first);
    if (text) problems.push(error(parsed.file, record.line, at + 1, text));
    else {
      ids.set(id, record.line);
      idOk[i] = 1;
    }
  }
  return { ids, idOk };
}

export class RowReader {
  /** Ids of the sources that something cites. */
  readonly cited = new Set<string>();
  private suggestions = 0;
  constructor(
    private readonly tables: ReadonlyMap<TableName, Table>,
    private readonly problems: Problem[],
  ) {}

  plan(table: Table): Plan {
    const steps = table.schema.columns.map((column): Step => {
      const target =
        column.type === "ref" || column.type === "list-of-refs" ? this.tables.get(column.table) : undefined;
      return {
        column,
        at: table.header.index.get(column.name),
        ids: target?.ids,
        targetFile: target?.parsed.file,
      };
    });
    for (const step of steps) {
      if (step.column.type === "date" && step.column.notBefore) {
        const start = steps.findIndex(
          (s) => s.column.name === (step.column as { notBefore: string }).notBefore,
        );
        if (start >= 0) step.start = start;
      }
    }
    const keys = [...table.schema.columns.map((c) => c.key), "extra"];
    return { table, steps, values: new Array(keys.length), build: objectBuilder(keys) };
  }

  private report(plan: Plan, line: number, step: Step, text: string): void {
    this.problems.push(error(plan.table.parsed.file, line, (step.at ?? 0) + 1, text));
  }

  /** False (and reported) when `id` is not in the step's target table. */
  private resolve(plan: Plan, step: Step, id: string, line: number): boolean {
    const ids = step.ids;
    if ((step.column as { table?: TableName }).table === "sources") this.cited.add(id);
    if (!ids || ids.has(id)) return true;
    const suggest = ids.size <= suggestAmongAtMost && this.suggestions++ < suggestionsAtMost;
    const near = suggest ? closest(id, ids.keys()) : undefined;
    this.report(
      plan,
      line,
      step,
      message.unknownReference(step.column.name, id, step.targetFile ?? "", near),
    );
    return false;
  }

  /** The typed row, or undefined when any of its cells has a problem (each one is reported). */
  read(plan: Plan, cells: readonly string[], line: number, idOk: boolean) {
    const { steps, values, table } = plan;
    let ok = idOk;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as Step;
      const column = step.column;
      const raw = step.at === undefined ? "" : (cells[step.at] as string);
      values[i] = undefined;
      if (column.type === "id") {
        values[i] = trim(raw);
        continue;
      }
      if (trim(raw) === "") {
        if (column.required) {
          this.report(plan, line, step, message.requiredEmpty(column.name, table.schema.singular));
          ok = false;
        } else if (column.type === "list-of-slugs" || column.type === "list-of-refs") values[i] = [];
        continue;
      }
      const value = readCell(column, raw);
      if (value instanceof Invalid) {
        this.report(plan, line, step, value.message);
        ok = false;
        continue;
      }
      values[i] = value;
      if (column.type === "ref") ok = this.resolve(plan, step, value as string, line) && ok;
      else if (column.type === "list-of-refs") {
        for (const id of value as string[]) ok = this.resolve(plan, step, id, line) && ok;
      } else if (step.start !== undefined)
        ok = this.inOrder(plan, step, values[step.start], value, line) && ok;
    }
    if (!ok) return undefined;
    values[steps.length] = this.extra(table, cells);
    return plan.build(values);
  }

  /** An end date must not end before its start begins (their precisions may differ). */
  private inOrder(plan: Plan, step: Step, start: unknown, end: unknown, line: number): boolean {
    const begin = start as PartialDate | undefined;
    const finish = end as PartialDate;
    if (!begin || !endsBefore(finish, begin)) return true;
    const name = plan.steps[step.start as number]?.column.name ?? "";
    this.report(plan, line, step, message.endsBeforeStart(step.column.name, finish.iso, name, begin.iso));
    return false;
  }

  private extra(table: Table, cells: readonly string[]): Record<string, string> {
    if (table.header.extra.length === 0) return noExtra;
    const extra: Record<string, string> = {};
    for (const [name, at] of table.header.extra) extra[name] = cells[at] as string;
    return extra;
  }
}

export function uncitedSources(tables: ReadonlyMap<TableName, Table>, cited: ReadonlySet<string>): Problem[] {
  const sources = tables.get("sources");
  const cites = (c: Column) => (c.type === "ref" || c.type === "list-of-refs") && c.table === "sources";
  const citing = schemas.filter((s) => s.columns.some(cites));
  // With a citing table unreadable, every source it cites would look uncited.
  if (!sources || citing.some((s) => !tables.has(s.name))) return [];
  const at = (sources.header.index.get("id") ?? 0) + 1;
  return [...sources.ids]
    .filter(([id]) => !cited.has(id))
    .map(([id, line]) => warning(sources.parsed.file, line, at, message.sourceNotCited(id)));
}
