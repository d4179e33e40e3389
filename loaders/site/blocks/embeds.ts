// The embed gallery: every chart of the registry with a preview, the copy-paste snippet and its
// downloads. Editors paste the snippet into any CMS; nothing loads from another host.
import { escapeHtml } from "../../../src/shared/html.ts";
import { buildChart, chartRegistry } from "../../charts/registry.ts";
import type { BuiltChart } from "../../charts/types.ts";
import { hasImage } from "../../embed/assets.ts";
import { embedSnippet } from "../../embed/oembed.ts";
import { siteUrl } from "../../embed/site-url.ts";
import { type CorrectionLinks, correctedRowsHtml } from "../../render/corrections-html.ts";
import { downloadLinksHtml } from "../../render/embed-page.ts";
import { inlineSvg } from "../../render/figure.ts";
import { t } from "../locale.ts";
import { type BlockRenderer, emptyHtml } from "./block.ts";

function galleryEntry(chart: BuiltChart, url: string, root: string, to: CorrectionLinks): string {
  const id = escapeHtml(chart.id);
  return [
    `<section class="gallery-entry" id="embed-${id}" aria-labelledby="embed-${id}-title">`,
    `<h2 id="embed-${id}-title">${escapeHtml(chart.title)}</h2>`,
    `<p>${escapeHtml(chart.takeaway)}</p>`,
    hasImage(chart)
      ? `<figure class="chart" data-chart="${id}"><div class="chart-image" role="img" aria-label="${escapeHtml(chart.description)}">${inlineSvg(chart.svg)}</div></figure>`
      : "",
    correctedRowsHtml(chart.corrections ?? [], to),
    `<p><a href="${root}embed/${id}">${escapeHtml(t("embeds.preview"))}</a> · ${escapeHtml(t("embeds.downloads"))} ${downloadLinksHtml(chart, root)}</p>`,
    `<label class="snippet-label" for="snippet-${id}">${escapeHtml(t("embeds.code"))}</label>`,
    `<textarea class="snippet" id="snippet-${id}" readonly rows="4" data-snippet-chart="${id}">${escapeHtml(embedSnippet(chart, url))}</textarea>`,
    // A script-only control (see scriptOnlyControls in loaders/render/page.ts).
    `<button type="button" class="copy-snippet" data-copies="snippet-${id}">${escapeHtml(t("embeds.copy"))}</button><span class="copy-status" role="status"></span>`,
    "</section>",
  ].join("");
}

export const embedBlocks = {
  "embed-gallery": (async (context) => {
    const charts = await Promise.all(
      chartRegistry.map((definition) => buildChart(definition, context.evidence)),
    );
    if (!charts.length) return { html: emptyHtml(t("embeds.empty")) };
    const url = siteUrl(process.env, context.settings.url);
    return {
      html: `<p>${escapeHtml(t("embeds.intro"))}</p>${charts.map((c) => galleryEntry(c, url, context.root, context.to)).join("")}`,
      script: `import {enhanceGallery} from "${context.root}components/embed-gallery.js";\nenhanceGallery(document);`,
    };
  }) as BlockRenderer,
} as const;
