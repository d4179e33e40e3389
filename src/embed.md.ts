// The embed gallery: every chart of the registry with a preview, the copy-paste snippet and its
// downloads. Editors paste the snippet into any CMS; nothing loads from another host.

import { buildChart, chartRegistry } from "../loaders/charts/registry.ts";
import type { BuiltChart } from "../loaders/charts/types.ts";
import { hasImage } from "../loaders/embed/assets.ts";
import { embedSnippet } from "../loaders/embed/oembed.ts";
import { siteUrl } from "../loaders/embed/site-url.ts";
import { downloadLinksHtml } from "../loaders/render/embed-page.ts";
import { inlineSvg } from "../loaders/render/figure.ts";
import { escapeHtml } from "../loaders/render/html.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";

function galleryEntry(chart: BuiltChart): string {
  const id = escapeHtml(chart.id);
  return [
    `<section class="gallery-entry" id="embed-${id}" aria-labelledby="embed-${id}-title">`,
    `<h2 id="embed-${id}-title">${escapeHtml(chart.title)}</h2>`,
    `<p>${escapeHtml(chart.takeaway)}</p>`,
    hasImage(chart)
      ? `<figure class="chart" data-chart="${id}"><div class="chart-image" role="img" aria-label="${escapeHtml(chart.description)}">${inlineSvg(chart.svg)}</div></figure>`
      : "",
    `<p><a href="./embed/${id}">Preview the embed page</a> · Downloads: ${downloadLinksHtml(chart, "./")}</p>`,
    `<label class="snippet-label" for="snippet-${id}">Embed code</label>`,
    `<textarea class="snippet" id="snippet-${id}" readonly rows="4" data-snippet-chart="${id}">${escapeHtml(embedSnippet(chart, siteUrl()))}</textarea>`,
    // A script-only control (see scriptOnlyControls in loaders/render/page.ts).
    `<button type="button" class="copy-snippet" data-copies="snippet-${id}">Copy embed code</button><span class="copy-status" role="status"></span>`,
    "</section>",
  ].join("");
}

export default async function render(): Promise<string> {
  const evidence = currentEvidence();
  const charts = await Promise.all(chartRegistry.map((definition) => buildChart(definition, evidence)));
  return `${frontMatter({ title: "Embed a chart", description: "Every chart of this investigation, ready to embed in an article: a copy-paste snippet, static SVG and PNG images, and the data as CSV and JSON." })}
# Embed a chart in an article

Every chart on this site can go into an article in any CMS: copy its embed code and paste it
where the chart should appear. The chart fills the column's width and its height follows its
content; it loads nothing from any other host, and readers without JavaScript see the static
image. CMSs that speak oEmbed can embed a chart from its URL alone.

${compiledAtHtml()}

${charts.length ? charts.map(galleryEntry).join("\n\n") : '<p class="empty">The evidence has no charts to embed yet.</p>'}

\`\`\`js
import {enhanceGallery} from "./components/embed-gallery.js";
enhanceGallery(document);
\`\`\`
`;
}

await runAsLoader(import.meta.url, render);
