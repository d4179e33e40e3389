import type { Statement } from "../model.ts";
import { citedColumns } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const statements = defineTable<Statement>({
  name: "statements",
  file: "statements.csv",
  singular: "statement",
  description: "What the actors said, verbatim.",
  columns: [
    { name: "id", key: "id", type: "id", required: true, description: "unique slug" },
    { name: "date", key: "date", type: "date", required: true, description: "when it was said" },
    {
      name: "speaker",
      key: "speaker",
      type: "ref",
      table: "actors",
      required: true,
      description: "id of the actor",
    },
    {
      name: "on_behalf_of",
      key: "onBehalfOf",
      type: "ref",
      table: "actors",
      required: false,
      description: "id of the actor the speaker spoke for",
    },
    {
      name: "medium",
      key: "medium",
      type: "text",
      required: false,
      description: "interview, statement, hearing…",
    },
    { name: "text", key: "text", type: "text", required: true, description: "the words, verbatim" },
    {
      name: "context",
      key: "context",
      type: "text",
      required: false,
      description:
        "for a partial quote, the reporter's words around it (shown before the quote, set apart), so the fragment never reads as its opposite",
    },
    {
      name: "topics",
      key: "topics",
      type: "list-of-slugs",
      required: false,
      description: "slugs, separated by ;",
    },
    {
      name: "responds_to",
      key: "respondsTo",
      type: "ref",
      table: "events",
      required: false,
      description: "id of the event it answers",
    },
    ...citedColumns,
  ],
});
