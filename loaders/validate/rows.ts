// Rows of one table to typed objects. A plan, made once per table, says where each schema
// column sits in the file and which ids its references must match, so reading a row is a
// single walk over its cells.
import { closest } from "../closest.ts";
import { endsBefore } from "../dates.ts";
import * as message from "../messages.ts";
import type { PartialDate, TableName } from "../model.ts";
import { error, type Problem } from "../problem.ts";
import type { Column } from "../schema/types.ts";
import { type CellValue, Invalid, listItemBounds, readCell, trim } from "./cell.ts";
import { IdIndex } from "./id-index.ts";
import { findInAny, firstSeen, suggestAmongAtMost } from "./ref-any.ts";
import type { Table } from "./table.ts";

export { checkId, newTable, type RowTable, type Table, unarchivedSources, uncitedSources } from "./table.ts";

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
  /** The table a reference must match; undefined when it could not be read (not checked). */
  target?: Table;
  /** For `ref-any`: the tables an id may be in (those that could be read). */
  targets?: Table[];
  /** For a unique column: each value seen and the line it was first on. */
  seen?: Map<string, number>;
  /** For a column required when another is empty: that column's index in the plan. */
  without?: number;
  /** The step refers to sources: what it finds is cited. */
  cites?: boolean;
  /** Dates already read, by cell text: rows on the same date share one value, not a copy each. */
  cache?: { texts: IdIndex; values: (CellValue | Invalid)[] };
  /** For enums and slugs, the first few distinct valid cells and their values: a few values
   *  repeat in every row, and comparing with them is cheaper than hashing each cell. */
  few?: [raws: string[], values: CellValue[]];
  /** For lists, valid lists already read, by cell text, while that saves more than it costs:
   *  a few combinations of actors repeat over thousands of rows, lists of sources rarely do. */
  lists?: Map<string, string[]>;
  hits: number;
  misses: number;
  /** For a date that must not end before another: that column's index in the plan. */
  start?: number;
}

/** "Did you mean" is offered a bounded number of times (suggestAmongAtMost: see ref-any.ts). */
const suggestionsAtMost = 100;
/** Distinct values a column's cache keeps; beyond that, cells are read without it. */
const cacheAtMost = 10_000;
const fewAtMost = 16;
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

function readCached(step: Step, cache: NonNullable<Step["cache"]>, raw: string): CellValue | Invalid {
  const n = cache.texts.find(raw);
  if (n >= 0) return cache.values[n] as CellValue | Invalid;
  const value = readCell(step.column, raw);
  if (cache.values.length < cacheAtMost) {
    cache.texts.add(raw);
    cache.values.push(value);
  }
  return value;
}

function readFew(step: Step, few: [string[], CellValue[]], raw: string): CellValue | Invalid {
  const [raws, values] = few;
  for (let i = 0; i < raws.length; i++) if (raws[i] === raw) return values[i] as CellValue;
  const value = readCell(step.column, raw);
  if (raws.length < fewAtMost && !(value instanceof Invalid)) {
    raws.push(raw);
    values.push(value);
  }
  return value;
}

/** Rows with the same list share one array (rows are read-only), and skip reading it again. */
function remember(step: Step, raw: string, list: string[]): void {
  if (step.lists && step.lists.size < cacheAtMost) step.lists.set(raw, list);
}

export class RowReader {
  private suggestions = 0;
  /** Start and end of each item of the list being read; reused from cell to cell. */
  private readonly bounds: number[] = [];
  constructor(
    private readonly tables: ReadonlyMap<TableName, Table>,
    /** Where problems go; the caller points it at the table being read. */
    public problems: Problem[],
  ) {}

  plan(table: Table): Plan {
    const steps = table.schema.columns.map((column): Step => {
      const target =
        column.type === "ref" || column.type === "list-of-refs" ? this.tables.get(column.table) : undefined;
      // A table is complete before any table that refers to it is read, so its size is known.
      if (target?.schema.name === "sources") target.cited ??= new Uint8Array(target.ids.size);
      return {
        column,
        at: table.header.index.get(column.name),
        target,
        cache: column.type === "date" ? { texts: new IdIndex(), values: [] } : undefined,
        few: column.type === "enum" || column.type === "slug" ? [[], []] : undefined,
        lists: column.type === "list-of-refs" || column.type === "list-of-slugs" ? new Map() : undefined,
        targets:
          column.type === "ref-any" ? column.tables.flatMap((t) => this.tables.get(t) ?? []) : undefined,
        seen: column.unique ? new Map() : undefined,
        hits: 0,
        misses: 0,
        cites: target !== undefined && (column as { table?: TableName }).table === "sources",
      };
    });
    for (const step of steps) {
      if (step.column.type === "date" && step.column.notBefore) {
        const start = steps.findIndex(
          (s) => s.column.name === (step.column as { notBefore: string }).notBefore,
        );
        if (start >= 0) step.start = start;
      }
      if (step.column.requiredWithout) {
        const other = steps.findIndex((s) => s.column.name === step.column.requiredWithout);
        if (other >= 0) step.without = other;
      }
    }
    const keys = [...table.schema.columns.map((c) => c.key), "extra"];
    return { table, steps, values: new Array(keys.length), build: objectBuilder(keys) };
  }

  private report(plan: Plan, line: number, step: Step, text: string): void {
    this.problems.push(error(plan.table.file, line, (step.at ?? 0) + 1, text));
  }

  /**
   * The target table's own string for the id `text.slice(start, end)`, or undefined (and
   * reported) when it has no such id. The id is looked up where it stands: cut only to report it.
   */
  private resolve(plan: Plan, step: Step, text: string, start: number, end: number, line: number) {
    const target = step.target;
    if (!target) return text.slice(start, end);
    const ids = target.ids;
    const at = ids.find(text, start, end);
    if (at >= 0) {
      if (step.cites) (target.cited as Uint8Array)[at] = 1;
      return ids.key(at);
    }
    const id = text.slice(start, end);
    const suggest = ids.size <= suggestAmongAtMost && this.suggestions++ < suggestionsAtMost;
    const near = suggest ? closest(id, ids.all()) : undefined;
    this.report(plan, line, step, message.unknownReference(step.column.name, id, target.file, near));
    return undefined;
  }

  /**
   * A `;` list of references, as readCell would split it (the cell and each item trimmed, an
   * empty item an error), each item resolved where it stands in the cell; undefined when an
   * item is empty or unknown (each reported).
   */
  private refs(plan: Plan, step: Step, raw: string, line: number): string[] | undefined {
    const text = trim(raw);
    const bounds = this.bounds;
    bounds.length = 0;
    if (!listItemBounds(text, bounds)) {
      this.report(plan, line, step, message.emptyListItem(step.column.name, text));
      return undefined;
    }
    const list = new Array<string>(bounds.length / 2);
    let found = true;
    for (let k = 0; k < list.length; k++) {
      const id = this.resolve(plan, step, text, bounds[2 * k] as number, bounds[2 * k + 1] as number, line);
      if (id === undefined) found = false;
      else list[k] = id;
    }
    return found ? list : undefined;
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
        } else if (step.without !== undefined && this.isEmpty(steps[step.without] as Step, cells)) {
          const other = (steps[step.without] as Step).column.name;
          this.report(plan, line, step, message.requiredWithout(column.name, other, table.schema.singular));
          ok = false;
        } else if (column.type === "list-of-slugs" || column.type === "list-of-refs") values[i] = [];
        continue;
      }
      const lists = step.lists;
      if (lists) {
        const list = lists.get(raw);
        if (list) {
          step.hits++;
          values[i] = list;
          continue;
        }
        // Mostly new lists: stop looking them up.
        if (++step.misses > 2 * step.hits + 1000) step.lists = undefined;
      }
      if (column.type === "list-of-refs") {
        const list = this.refs(plan, step, raw, line);
        if (list === undefined) ok = false;
        else {
          values[i] = list;
          remember(step, raw, list);
        }
        continue;
      }
      const value = step.few
        ? readFew(step, step.few, raw)
        : step.cache
          ? readCached(step, step.cache, raw)
          : readCell(column, raw);
      if (value instanceof Invalid) {
        this.report(plan, line, step, value.message);
        ok = false;
        continue;
      }
      values[i] = value;
      if (step.seen && !this.unique(plan, step, trim(raw), line)) ok = false;
      if (column.type === "ref-any") {
        const id = this.resolveAny(plan, step, value as string, line);
        if (id === undefined) ok = false;
        else values[i] = id;
      } else if (column.type === "ref") {
        const text = value as string;
        const id = this.resolve(plan, step, text, 0, text.length, line);
        if (id === undefined) ok = false;
        else values[i] = id;
      } else if (column.type === "list-of-slugs") remember(step, raw, value as string[]);
      else if (step.start !== undefined) ok = this.inOrder(plan, step, values[step.start], value, line) && ok;
    }
    if (!ok) return undefined;
    values[steps.length] = this.extra(table, cells);
    return plan.build(values);
  }

  private isEmpty(step: Step, cells: readonly string[]): boolean {
    return step.at === undefined || trim(cells[step.at] as string) === "";
  }

  /** False (and reported) when an earlier row of a unique column holds the same value. */
  private unique(plan: Plan, step: Step, value: string, line: number): boolean {
    const first = firstSeen(step.seen as Map<string, number>, value, line);
    if (first !== undefined)
      this.report(plan, line, step, message.duplicateValue(step.column.name, value, first));
    return first === undefined;
  }

  private resolveAny(plan: Plan, step: Step, id: string, line: number): string | undefined {
    const found = findInAny(step.column, step.targets ?? [], id);
    if (typeof found === "string") return found;
    this.report(plan, line, step, found.message);
    return undefined;
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
