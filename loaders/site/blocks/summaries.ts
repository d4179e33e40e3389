// One neutral sentence per kind of page, with counts from the evidence: a page's intro when its
// prose has none, and its line in the page list.
import { t } from "../locale.ts";
import type { BlockContext } from "./block.ts";

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export function pageSummary(context: BlockContext, of: string): string {
  const { evidence, settings } = context;
  const { events, statements, figures, claims, sources } = evidence;
  switch (of) {
    case "timeline":
      return `${count(events.length, "event")} and ${count(statements.length, "statement")} on one time axis, one lane per actor, each with its sources.`;
    case "scale":
      return `${count(figures.length, "figure")} from the evidence, set against each other, with what does not add up.`;
    case "statements":
      return `${count(statements.length, "statement")}, quoted exactly as published, and ${count(claims.length, "claim")} compared side by side.`;
    case "comparison": {
      const n = evidence.actors.filter((a) => a.kind === settings.comparison.kind).length;
      return `${n.toLocaleString("en-US")} ${n === 1 ? settings.comparison.one.toLowerCase() : settings.comparison.many} side by side: what each was asked, what it said and where it stands, every fact with its source.`;
    }
    case "sources":
      return `${count(sources.length, "source")} from ${count(new Set(sources.map((s) => s.outlet)).size, "outlet")}, each with every fact that cites it.`;
    case "embeds":
      return "Every chart with its embed code and downloads, for articles.";
    case "overview":
      return settings.description;
    case "corrections":
      return t("corrections.intro");
    default:
      return "";
  }
}
