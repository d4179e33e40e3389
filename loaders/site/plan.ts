// Which pages the site has and where each kind of row lives: the one place that decides. Pages
// come from the settings; a page hosts the rows of the list blocks its prose places (events on the
// page with the timeline list, statements where the statements list is, …), and links from other
// pages go there. A chart belongs to the page that places it (embeds link back to it).
import { error, type Problem } from "../problem.ts";
import type { BlockCall, Prose } from "./prose.ts";
import type { PageSettings } from "./settings.ts";

export type LinkTarget = "timeline" | "statements" | "claims" | "sources" | "comparison" | "corrections";

/** The list blocks whose rows other pages link to. */
export const hostingBlocks: Readonly<Record<string, LinkTarget>> = {
  "timeline-list": "timeline",
  statements: "statements",
  "reported-vs-said": "claims",
  sources: "sources",
  comparison: "comparison",
  corrections: "corrections",
};

/** Blocks that show a chart of the registry, and which. */
function chartOf(call: BlockCall): string | undefined {
  if (call.name === "chart") return call.options.get("id");
  if (call.name === "timeline") return "timeline";
  if (call.name === "claims-matrix") return "claims-matrix";
  return undefined;
}

export interface SitePlan {
  pages: readonly PageSettings[];
  hosts: Readonly<Partial<Record<LinkTarget, string>>>;
  chartPages: ReadonlyMap<string, string>;
}

export function planSite(
  pages: readonly PageSettings[],
  proseOf: (page: PageSettings) => Prose,
): { plan: SitePlan; problems: Problem[] } {
  const hosts: Partial<Record<LinkTarget, string>> = {};
  const chartPages = new Map<string, string>();
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const part of proseOf(page).parts) {
      if (part.kind !== "block") continue;
      const { call } = part;
      const target = hostingBlocks[call.name];
      if (target) {
        const held = hosts[target];
        if (held && held !== page.path)
          problems.push(
            error(
              call.file,
              call.line,
              call.column,
              `{{ ${call.name} }} is already on the page ${held}; a list is shown on one page only (other pages link to it)`,
            ),
          );
        else hosts[target] = page.path;
      }
      const chart = chartOf(call);
      if (chart && !chartPages.has(chart)) chartPages.set(chart, page.path);
    }
  }
  return { plan: { pages, hosts, chartPages }, problems };
}
