import { FigureEstimate } from "../../src/shared/enums.ts";
import type { Figure } from "../model.ts";
import { citedColumns } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const figures = defineTable<Figure>({
  name: "figures",
  file: "figures.csv",
  singular: "figure",
  description: "The numbers: counts and amounts with their unit, date and source.",
  columns: [
    { name: "id", key: "id", type: "id", required: true, description: "unique slug" },
    { name: "subject", key: "subject", type: "text", required: true, description: "what is counted" },
    { name: "scope", key: "scope", type: "text", required: false, description: "where or among whom" },
    {
      name: "group",
      key: "group",
      type: "text",
      required: false,
      description: "the member within the scope: a country, a bank…",
    },
    {
      name: "value",
      key: "value",
      type: "number",
      min: 0,
      required: true,
      description: "plain number, no separators: 87000000",
    },
    { name: "unit", key: "unit", type: "text", required: true, description: "people, USD, percent…" },
    {
      name: "as_of",
      key: "asOf",
      type: "date",
      required: false,
      description: "the date the number describes",
    },
    {
      name: "estimate",
      key: "estimate",
      type: "enum",
      values: FigureEstimate,
      required: false,
      description: "which estimate this is",
    },
    ...citedColumns,
  ],
});
