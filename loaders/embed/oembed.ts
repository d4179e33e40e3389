// oEmbed (https://oembed.com) "rich" responses, one static JSON file per chart, found through a
// <link rel="alternate" type="application/json+oembed"> in its embed page.
import { escapeHtml } from "../../src/shared/html.ts";
import type { BuiltChart } from "../charts/types.ts";

export const defaultEmbedWidth = 640;

/** The copy-paste snippet: our iframe plus the host script that sizes it. */
export function embedSnippet(chart: Pick<BuiltChart, "id" | "title" | "height">, siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  const height = Math.max(300, Math.ceil(chart.height) + 160);
  return (
    `<iframe data-dossier-embed src="${escapeHtml(`${base}/embed/${chart.id}`)}" title="${escapeHtml(chart.title)}" ` +
    `style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>` +
    `<script src="${escapeHtml(`${base}/embed.js`)}" async></script>`
  );
}

export function oembedResponse(chart: BuiltChart, siteUrl: string) {
  const base = siteUrl.replace(/\/$/, "");
  return {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: "Dossier",
    provider_url: `${base}/`,
    html: embedSnippet(chart, siteUrl),
    width: defaultEmbedWidth,
    height: Math.max(300, Math.ceil(chart.height) + 160),
    thumbnail_url: `${base}/charts/${chart.id}.png`,
    thumbnail_width: Math.round(chart.width * 2),
    thumbnail_height: Math.round(chart.height * 2),
  };
}
