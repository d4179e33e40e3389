// "Sources: A, B" under a chart's note, each outlet a link to its source's entry: one click away
// without JavaScript. Shared by the scale charts' annotations and the timeline's eras.
import { escapeHtml } from "../../../src/shared/html.ts";
import { sourceRefs } from "../../compile/sources.ts";
import { maybeLinkHtml } from "../../render/evidence-html.ts";
import { t } from "../locale.ts";
import type { BlockContext } from "./block.ts";

export function noteSourcesHtml(ids: readonly string[], context: BlockContext): string {
  const refs = sourceRefs(context.evidence)(ids);
  const links = refs.map((s) => maybeLinkHtml(context.to.source(s.id), escapeHtml(s.outlet)));
  const word = t(refs.length === 1 ? "cite.source" : "cite.sources");
  return `${escapeHtml(t("cite.label", { label: word }))} ${links.join(", ")}`;
}
