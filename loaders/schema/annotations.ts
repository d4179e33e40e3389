import type { Annotation } from "../model.ts";
import { citedColumns } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const annotations = defineTable<Annotation>({
  name: "annotations",
  file: "annotations.csv",
  singular: "annotation",
  description:
    "Key moments named on the charts: a label on an event, statement or figure, or on a span of time (an era); with a step, a place in the guided story. Optional file.",
  optional: true,
  columns: [
    { name: "id", key: "id", type: "id", required: true, description: "unique slug" },
    {
      name: "target",
      key: "target",
      type: "ref-any",
      tables: ["events", "statements", "figures"],
      required: false,
      description: "id of the event, statement or figure it names; empty for a span of time",
    },
    {
      name: "date",
      key: "date",
      type: "date",
      required: false,
      requiredWithout: "target",
      description: "without a target: when the span begins",
    },
    {
      name: "end_date",
      key: "endDate",
      type: "date",
      notBefore: "date",
      required: false,
      requiredWithout: "target",
      description: "without a target: when the span ends",
    },
    {
      name: "label",
      key: "label",
      type: "text",
      maxLength: 60,
      required: true,
      description: "the words drawn on the chart, at most 60 characters",
    },
    { name: "text", key: "text", type: "text", required: false, description: "a caption of a few sentences" },
    {
      name: "step",
      key: "step",
      type: "number",
      min: 1,
      integer: true,
      unique: true,
      required: false,
      description: "its place in the guided story (1, 2, 3…); empty: not a step",
    },
    ...citedColumns,
  ],
});
