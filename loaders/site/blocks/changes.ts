// The block of the evidence's history: every commit of the folder's repository with the rows it
// changed, each id linked to where the site shows its row.
import { tableIds } from "../../events/table-rows.ts";
import { changesHtml, type RowLink } from "../../render/changes-html.ts";
import type { BlockContext, BlockRenderer } from "./block.ts";

/** A row's address on the site: events, statements, claims and sources that still exist. */
function rowLink(context: BlockContext): RowLink {
  const { evidence, to } = context;
  const tables: Record<string, [ReadonlySet<string>, (id: string) => string | undefined]> = {
    "events.csv": [new Set(tableIds(evidence, "events")), to.event],
    "statements.csv": [new Set(evidence.statements.map((s) => s.id)), to.statement],
    "claims.csv": [new Set(evidence.claims.map((c) => c.id)), to.claim],
    "sources.csv": [new Set(evidence.sources.map((s) => s.id)), to.source],
  };
  return (file, id) => {
    const [ids, link] = tables[file] ?? [];
    return ids?.has(id) ? link?.(id) : undefined;
  };
}

export const changesBlocks = {
  changes: ((context) => ({
    html: changesHtml(context.history?.(), rowLink(context)),
    stylesheets: ["changes.css"],
  })) as BlockRenderer,
} as const;
