// One embed page per chart of the registry (/embed/<chart-id>): the chart, its title, takeaway,
// source line and downloads; no site navigation. The build-time SVG is the static fallback (no
// JavaScript needed) and the placeholder the interactive view replaces, so nothing jumps.
import { parseArgs } from "node:util";
import { findChart } from "../../loaders/charts/registry.ts";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";
import { embedPageHtml } from "../../loaders/render/embed-page.ts";
import { frontMatter } from "../../loaders/render/page.ts";

const { values } = parseArgs({ options: { chart: { type: "string" } } });
const definition = findChart(values.chart ?? "");
if (!definition) throw new Error(`no chart "${values.chart}" in loaders/charts/registry.ts`);
const chart = await definition.build(loadEvidence(dataDir()));

process.stdout.write(`${frontMatter({
  title: chart.title,
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
`);
