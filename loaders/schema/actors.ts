import { ActorKind } from "../../src/shared/enums.ts";
import type { Actor } from "../model.ts";
import { notesColumn } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const actors = defineTable<Actor>({
  name: "actors",
  file: "actors.csv",
  singular: "actor",
  description: "The companies, banks, people, regulators and others the events involve.",
  columns: [
    { name: "id", key: "id", type: "id", required: true, description: "unique slug, e.g. city-council" },
    { name: "name", key: "name", type: "text", required: true, description: "name as readers know it" },
    {
      name: "kind",
      key: "kind",
      type: "enum",
      values: ActorKind,
      required: true,
      description: "what sort of actor",
    },
    {
      name: "affiliation",
      key: "affiliation",
      type: "ref",
      table: "actors",
      required: false,
      description: "id of the actor this one belongs to or works for",
    },
    notesColumn,
  ],
});
