import type { Source } from "../model.ts";
import { notesColumn } from "./shared-columns.ts";
import { defineTable } from "./types.ts";

export const sources = defineTable<Source>({
  name: "sources",
  file: "sources.csv",
  singular: "source",
  description: "Every document the evidence rests on: articles, filings, statements, datasets.",
  columns: [
    {
      name: "id",
      key: "id",
      type: "id",
      required: true,
      description: "unique slug, e.g. gazette-2024-03-01",
    },
    { name: "outlet", key: "outlet", type: "text", required: true, description: "who published it" },
    {
      name: "title",
      key: "title",
      type: "text",
      required: false,
      description:
        "headline or document title, verbatim; leave empty when not recorded (never a placeholder)",
    },
    { name: "url", key: "url", type: "url", required: false, description: "http(s) address" },
    {
      name: "archive_url",
      key: "archiveUrl",
      type: "url",
      required: false,
      description:
        "http(s) address of an archived copy (Wayback Machine, archive.today, Perma.cc…); data:check warns when a source with a url has none",
    },
    {
      name: "accessed",
      key: "accessed",
      type: "date",
      required: false,
      description: "when the journalist saw the page",
    },
    { name: "published", key: "published", type: "date", required: false, description: "publication date" },
    {
      name: "kind",
      key: "kind",
      type: "text",
      required: false,
      description: "article, filing, press release…",
    },
    notesColumn,
  ],
});
