// One page of the site from its prose: Markdown rendered by the kit, blocks rendered from the
// evidence, in the order the journalist placed them (see page-document.ts for how it is written).
import { escapeHtml } from "../../src/shared/html.ts";
import { pageLinks } from "../render/evidence-html.ts";
import { routedLinks } from "../render/evidence-pages.ts";
import type { BlockContext, BlockOutput } from "./blocks/block.ts";
import { isBlockName } from "./blocks/catalogue.ts";
import { blockRenderers } from "./blocks/index.ts";
import type { Investigation } from "./investigation.ts";
import { renderMarkdown } from "./markdown.ts";
import { pageDocument } from "./page-document.ts";
import type { Prose } from "./prose.ts";

/** Every page's links, routed to numbered pages where a list is split. */
export function siteLinks(investigation: Investigation) {
  return routedLinks(pageLinks(investigation.plan.hosts), investigation.evidence);
}

/** The page's parts in order; a page without a heading of its own gets its title as one. */
async function renderParts(prose: Prose, context: BlockContext): Promise<BlockOutput[]> {
  const ids = new Set<string>();
  const parts: BlockOutput[] = [];
  let headings = 0;
  for (const part of prose.parts) {
    if (part.kind === "markdown") {
      const { html, h1Lines } = renderMarkdown(part.file, part.line, part.text, ids);
      headings += h1Lines.length;
      parts.push({ html });
    } else if (isBlockName(part.call.name)) {
      parts.push(await blockRenderers[part.call.name](context, Object.fromEntries(part.call.options)));
    }
  }
  if (!headings) parts.unshift({ html: `<h1>${escapeHtml(context.page.title)}</h1>` });
  return parts;
}

export async function renderSitePage(
  investigation: Investigation,
  path: string,
  compiledAt = new Date(),
): Promise<string> {
  const page = investigation.settings.pages.find((p) => p.path === path);
  const prose = investigation.prose.get(path);
  if (!page || !prose) throw new Error(`no page ${path} in site.json`);
  const context: BlockContext = {
    evidence: investigation.evidence,
    settings: investigation.settings,
    plan: investigation.plan,
    page,
    to: siteLinks(investigation),
    root: "./",
    compiledAt,
    history: investigation.history,
  };
  return pageDocument({
    title: page.title,
    description: page.description ?? `${page.title}: ${investigation.settings.description}`,
    root: "./",
    parts: await renderParts(prose, context),
  });
}
