import { ClaimStance } from "../../src/shared/enums.ts";
import type { Claim } from "../model.ts";
import { citedColumns } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const claims = defineTable<Claim>({
  name: "claims",
  file: "claims.csv",
  singular: "claim",
  description: "Who asserts, denies or qualifies what, topic by topic.",
  columns: [
    { name: "id", key: "id", type: "id", required: true, description: "unique slug" },
    {
      name: "topic",
      key: "topic",
      type: "slug",
      required: true,
      description: "a slug shared by claims on one question",
    },
    {
      name: "party",
      key: "party",
      type: "ref",
      table: "actors",
      required: true,
      description: "id of the actor",
    },
    {
      name: "stance",
      key: "stance",
      type: "enum",
      values: ClaimStance,
      required: true,
      description: "the position",
    },
    {
      name: "summary",
      key: "summary",
      type: "text",
      required: true,
      description: "the claim in one sentence",
    },
    {
      name: "statement",
      key: "statement",
      type: "ref",
      table: "statements",
      required: false,
      description: "id of the statement that makes it",
    },
    {
      name: "event",
      key: "event",
      type: "ref",
      table: "events",
      required: false,
      description: "id of the event",
    },
    ...citedColumns,
  ],
});
