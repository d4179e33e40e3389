// One neutral sentence per kind of page, with counts from the evidence: a page's intro when its
// prose has none, and its line in the page list.
import { actorCount } from "../../render/comparison-html.ts";
import { t } from "../locale.ts";
import type { BlockContext } from "./block.ts";

export function pageSummary(context: BlockContext, of: string): string {
  const { evidence, settings } = context;
  const { events, statements, figures, claims, sources } = evidence;
  switch (of) {
    case "timeline":
      return t("summary.timeline", {
        events: t("timeline.events", { count: events.length }),
        statements: t("timeline.statements", { count: statements.length }),
      });
    case "scale":
      return t("summary.scale", { figures: t("sources.figures", { count: figures.length }) });
    case "statements":
      return t("summary.statements", {
        statements: t("timeline.statements", { count: statements.length }),
        claims: t("claims.count", { count: claims.length }),
      });
    case "comparison": {
      const n = evidence.actors.filter((a) => a.kind === settings.comparison.kind).length;
      return t("summary.comparison", { actors: actorCount(n, settings.comparison) });
    }
    case "sources":
      return t("summary.sources", {
        sources: t("sources.count", { count: sources.length }),
        outlets: t("overview.outlets", { count: new Set(sources.map((s) => s.outlet)).size }),
      });
    case "embeds":
      return t("summary.embeds");
    case "overview":
      return settings.description;
    case "corrections":
      return t("corrections.intro");
    default:
      return "";
  }
}
