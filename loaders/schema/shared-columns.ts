import type { Column } from "./types.ts";

/** The notes column every table ends with. */
export const notesColumn = {
  name: "notes",
  key: "notes",
  type: "text",
  required: false,
  description: "anything a reader should know",
} as const satisfies Column;

/** The columns that end every table whose rows cite their sources: sources, then notes. */
export const citedColumns = [
  {
    name: "sources",
    key: "sources",
    type: "list-of-refs",
    table: "sources",
    required: true,
    description: "ids of the sources, separated by ;",
  },
  notesColumn,
] as const satisfies readonly Column[];
