// Blocks of the sources: every source with what cites it, and the sources nothing cites.
import { escapeHtml } from "../../../src/shared/html.ts";
import { compileSources } from "../../compile/sources.ts";
import { sourcesSplit } from "../../render/evidence-pages.ts";
import {
  sourcePagesNavHtml,
  sourcesIndexHtml,
  sourcesListHtml,
  uncitedHtml,
} from "../../render/sources-html.ts";
import { t } from "../locale.ts";
import type { BlockRenderer } from "./block.ts";

const stylesheets = ["evidence.css", "sources.css"];

export const sourcesBlocks = {
  "uncited-sources": ((context) => {
    const digest = compileSources(context.evidence);
    const here = context.to.page("sources") === context.page.path;
    const split = here && sourcesSplit(context.evidence, context.page.path).split;
    const href = here && !split ? undefined : (id: string) => context.to.source(id) ?? `#${id}`;
    return { html: uncitedHtml(digest, href), stylesheets };
  }) as BlockRenderer,
  sources: ((context) => {
    const { evidence, page, to } = context;
    const digest = compileSources(evidence);
    const split = sourcesSplit(evidence, page.path);
    if (!split.split)
      return {
        html: `<p>${escapeHtml(t("sources.order"))}</p>${sourcesListHtml(digest, to, evidence.figures)}`,
        stylesheets,
      };
    const intro = t("sources.splitIntro", {
      sources: t("sources.count", { count: digest.entries.length }),
      pages: t("pages.count", { count: split.paths.length }),
      size: split.parts[0]?.length ?? 0,
    });
    const entryHref = (id: string) => `${split.pathOf.get(id) ?? ""}#${id}`;
    return {
      html: `<p>${escapeHtml(intro)}</p>${sourcePagesNavHtml(digest, split)}<p>${escapeHtml(t("sources.indexIntro"))}</p>${sourcesIndexHtml(digest, entryHref)}`,
      stylesheets,
    };
  }) as BlockRenderer,
} as const;
