import { type Correction, correctedTables } from "../model.ts";
import { citedColumns } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const corrections = defineTable<Correction>({
  name: "corrections",
  file: "corrections.csv",
  singular: "correction",
  description:
    "What was corrected after publication: each correction names the row it corrects, and the site shows it on that row and on its corrections page. Optional file.",
  optional: true,
  columns: [
    { name: "id", key: "id", type: "id", required: true, description: "unique slug" },
    { name: "date", key: "date", type: "date", required: true, description: "when the correction was made" },
    {
      name: "target",
      key: "target",
      type: "ref-any",
      tables: correctedTables,
      required: true,
      description: "id of the row it corrects, in any table",
    },
    {
      name: "text",
      key: "text",
      type: "text",
      required: true,
      description: "what was wrong and what changed",
    },
    ...citedColumns,
  ],
});
