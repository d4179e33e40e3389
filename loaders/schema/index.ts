// Every table schema, in the order tables are read, documented and checked.
import { actors } from "./actors.ts";
import { annotations } from "./annotations.ts";
import { claims } from "./claims.ts";
import { corrections } from "./corrections.ts";
import { events } from "./events.ts";
import { figures } from "./figures.ts";
import { sources } from "./sources.ts";
import { statements } from "./statements.ts";
import type { TableSchema } from "./types.ts";

export type { Column, ColumnType, TableSchema } from "./types.ts";
export { headerRow, requiredColumns } from "./types.ts";
export { actors, annotations, claims, corrections, events, figures, sources, statements };

export const schemas: readonly TableSchema[] = [
  sources,
  actors,
  events,
  statements,
  claims,
  figures,
  annotations,
  corrections,
];
