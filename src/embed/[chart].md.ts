// One embed page per chart of the registry (/embed/<chart-id>): the chart, its title, takeaway,
// source line and downloads; no site navigation. The build-time SVG is the static fallback (no
// JavaScript needed) and the placeholder the interactive view replaces, so nothing jumps.
import { buildChart, findChart } from "../../loaders/charts/registry.ts";
import { siteUrl } from "../../loaders/embed/site-url.ts";
import { embedPageHtml } from "../../loaders/render/embed-page.ts";
import { type LoaderParams, runAsLoader } from "../../loaders/render/loader-entry.ts";
import { currentInvestigation } from "../../loaders/site/investigation.ts";
import { inSiteLocale } from "../../loaders/site/locale.ts";
import { pageDocument } from "../../loaders/site/page-document.ts";

export default function render(params: LoaderParams): Promise<string> {
  return inSiteLocale(currentInvestigation().settings.locale, () => renderEmbedPage(params));
}

async function renderEmbedPage({ chart: id = "" }: LoaderParams): Promise<string> {
  const definition = findChart(id);
  if (!definition) throw new Error(`no chart "${id}" in loaders/charts/registry.ts`);
  const { evidence, settings, plan } = currentInvestigation();
  const chart = await buildChart(definition, evidence);
  const home = { page: plan.chartPages.get(chart.id), siteTitle: settings.title };
  return pageDocument({
    title: chart.title,
    root: "../",
    options: { header: false, footer: false, sidebar: false, pager: false, toc: false },
    parts: [
      {
        html: embedPageHtml(chart, home),
        script: `import {enhanceEmbedPage} from "../components/embed-page.js";\nenhanceEmbedPage(document.querySelector("[data-embed]"));`,
      },
    ],
    description: chart.takeaway,
    oembedUrl: `${siteUrl(process.env, settings.url)}/oembed/${chart.id}.json`,
  });
}

await runAsLoader(import.meta.url, render);
