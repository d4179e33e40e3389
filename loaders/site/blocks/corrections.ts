// The corrections block: every correction made after publication, newest first, each naming
// (and linking to) the row it corrects. Rows show their own corrections wherever they appear.
import { escapeHtml } from "../../../src/shared/html.ts";
import { type CorrectionEntry, compileCorrections } from "../../compile/corrections.ts";
import { sourceRefs } from "../../compile/sources.ts";
import { sourceName } from "../../format/source-name.ts";
import { citations, citationsScript } from "../../render/citations.ts";
import { type CorrectedRow, correctionsListHtml } from "../../render/corrections-html.ts";
import { excerpt } from "../../render/evidence-html.ts";
import { t } from "../locale.ts";
import type { BlockContext, BlockRenderer } from "./block.ts";

/** How each table's rows are named and linked from the list. */
function correctedRow(context: BlockContext): (entry: CorrectionEntry) => CorrectedRow {
  const { evidence, to, settings } = context;
  const find = <T extends { id: string }>(rows: readonly T[], id: string) => rows.find((r) => r.id === id);
  return ({ correction: { target }, table }) => {
    if (table === "sources") {
      const s = find(evidence.sources, target);
      return { label: s ? sourceName(s) : target, href: to.source(target) };
    }
    if (table === "actors") {
      const a = find(evidence.actors, target);
      const compared = a?.kind === settings.comparison.kind && to.has("comparison");
      return { label: a?.name ?? target, ...(compared ? { href: to.compared(target) } : {}) };
    }
    if (table === "events")
      return { label: find(evidence.events.rows(), target)?.title ?? target, href: to.event(target) };
    if (table === "statements") {
      const s = find(evidence.statements, target);
      return { label: s ? `“${excerpt(s.text, 12)}”` : target, href: to.statement(target) };
    }
    if (table === "claims")
      return { label: find(evidence.claims, target)?.summary ?? target, href: to.claim(target) };
    if (table === "figures") return { label: find(evidence.figures, target)?.subject ?? target };
    if (table === "annotations") return { label: find(evidence.annotations, target)?.label ?? target };
    return { label: target };
  };
}

export const correctionsBlocks = {
  corrections: ((context) => {
    const entries = compileCorrections(context.evidence);
    const refs = citations(context.to, "corrections");
    const list = correctionsListHtml(entries, correctedRow(context), refs, sourceRefs(context.evidence));
    return {
      html: `<p>${escapeHtml(t("corrections.intro"))}</p>${list}${refs.listHtml()}`,
      stylesheets: ["evidence.css"],
      script: citationsScript(context.root),
    };
  }) as BlockRenderer,
} as const;
