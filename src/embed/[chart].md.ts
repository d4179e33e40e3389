// One embed page per chart of the registry (/embed/<chart-id>): the chart, its title, takeaway,
// source line and downloads; no site navigation. The build-time SVG is the static fallback (no
// JavaScript needed) and the placeholder the interactive view replaces, so nothing jumps.
import { buildChart, findChart } from "../../loaders/charts/registry.ts";
import { siteUrl } from "../../loaders/embed/site-url.ts";
import { embedPageHtml } from "../../loaders/render/embed-page.ts";
import { currentEvidence, type LoaderParams, runAsLoader } from "../../loaders/render/loader-entry.ts";
import { frontMatter } from "../../loaders/render/page.ts";

export default async function render({ chart: id = "" }: LoaderParams): Promise<string> {
  const definition = findChart(id);
  if (!definition) throw new Error(`no chart "${id}" in loaders/charts/registry.ts`);
  const chart = await buildChart(definition, currentEvidence());
  return `${frontMatter({
    title: chart.title,
    description: chart.takeaway,
    oembedUrl: `${siteUrl()}/oembed/${chart.id}.json`,
    header: false,
    footer: false,
    sidebar: false,
    pager: false,
    toc: false,
  })}
${embedPageHtml(chart, definition.page)}

\`\`\`js
import {enhanceEmbedPage} from "../components/embed-page.js";
enhanceEmbedPage(document.querySelector("[data-embed]"));
\`\`\`
`;
}

await runAsLoader(import.meta.url, render);
