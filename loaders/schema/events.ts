import { EventStatus } from "../../src/shared/enums.ts";
import type { EvidenceEvent } from "../model.ts";
import { citedColumns } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const events = defineTable<EvidenceEvent>({
  name: "events",
  file: "events.csv",
  singular: "event",
  description: "What happened and when: the timeline.",
  columns: [
    { name: "id", key: "id", type: "id", required: true, description: "unique slug" },
    {
      name: "date",
      key: "date",
      type: "date",
      required: true,
      description: "when it happened (or began); an EDTF interval (2017-08/2018-08): some time within it",
    },
    {
      name: "end_date",
      key: "endDate",
      type: "date",
      notBefore: "date",
      required: false,
      description: "when it ended, for events that lasted",
    },
    {
      name: "date_note",
      key: "dateNote",
      type: "text",
      required: false,
      description: "how the date is known",
    },
    {
      name: "actors",
      key: "actors",
      type: "list-of-refs",
      table: "actors",
      required: true,
      description: "ids of the actors involved, separated by ;",
    },
    {
      name: "kind",
      key: "kind",
      type: "slug",
      required: true,
      description: "a slug such as report or request",
    },
    { name: "title", key: "title", type: "text", required: true, description: "one line" },
    { name: "summary", key: "summary", type: "text", required: false, description: "a few sentences" },
    {
      name: "status",
      key: "status",
      type: "enum",
      values: EventStatus,
      required: true,
      description: "how sure",
    },
    ...citedColumns,
  ],
});
