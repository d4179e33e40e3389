// The timeline page (a Framework page loader: it prints Markdown at build time). The chart
// arrives as build-time SVG with the full list of events under it, so the page is complete
// without JavaScript; components/timeline.ts then makes the chart interactive. Large evidence
// lists its entries on one page per year instead (timeline/[year].md.ts) and an index here.
import { buildTimelineFigure, type TimelineFigure } from "../loaders/charts/timeline/index.ts";
import { iconCss, timelineLegendHtml } from "../loaders/charts/timeline/legend.ts";
import { countText, listContext, timelineListHtml } from "../loaders/charts/timeline/list.ts";
import { isPaged, yearIndexHtml } from "../loaders/charts/timeline/pages.ts";
import { viewJson } from "../loaders/charts/timeline/view.ts";
import { attr, pageLinks, text } from "../loaders/render/evidence-html.ts";
import { inlineSvg } from "../loaders/render/figure.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";
import { existingPages } from "../loaders/render/site-pages.ts";

function figureHtml(f: TimelineFigure): string {
  return [
    `<figure class="chart tl-figure" id="chart--timeline" data-chart="timeline">`,
    `<figcaption><strong class="chart-title">${text(f.title)}</strong> <span class="chart-takeaway">${text(f.takeaway)}</span></figcaption>`,
    `<div class="tl-static chart-image" role="img" aria-label="${attr(f.description)}">`,
    inlineSvg(f.wide.svg),
    inlineSvg(f.narrow.svg),
    "</div>",
    timelineLegendHtml(),
    f.sourceLine ? `<p class="chart-source">${text(f.sourceLine)}</p>` : "",
    `<script type="application/json" class="tl-data">${viewJson(f.view)}</script>`,
    "</figure>",
  ].join("");
}

export default function render(): string {
  const evidence = currentEvidence();
  const figure = buildTimelineFigure(evidence, { links: true });
  const { timeline } = figure;

  const chart = timeline.items.length
    ? `${figureHtml(figure)}

\`\`\`js
import {enhanceTimeline} from "./components/timeline.js";
enhanceTimeline(document.getElementById("chart--timeline"));
\`\`\``
    : '<p class="empty">The evidence has no events or statements yet, so there is no timeline to draw.</p>';

  const paged = isPaged(timeline);
  const listIntro = paged ? " There are too many for one page, so each year has its own page:" : "";

  const list = timeline.items.length
    ? `The same ${countText(timeline.items)} in time order, each with its date, how sure the evidence is, and its sources.${listIntro}

${iconCss()}
${paged ? yearIndexHtml(timeline) : timelineListHtml(timeline, listContext(evidence, pageLinks(existingPages())))}`
    : '<p class="empty">Nothing to list yet: add rows to events.csv or statements.csv.</p>';

  return `${frontMatter({ title: "Timeline", description: "Who asked whom for what, and when: every event and statement on one time axis, one lane per actor, with its status and sources." })}
<link rel="stylesheet" href="./evidence.css">
<link rel="stylesheet" href="./timeline.css">

# Who asked whom for what, and when

Facebook's approaches to banks for their customers' data did not start with the Wall Street
Journal's report of August 2018. This timeline lays the talks beside what came before — the
Cambridge Analytica harvest and the hearings — and after: the fines, and Facebook's own payment
products. Each lane is one actor; each mark cites its sources. What is only reported, denied or
disputed is drawn differently from what is confirmed, and dates known only to the month or year are
drawn as the whole month or year.

${compiledAtHtml()}

${chart}

## Every event and statement

${list}
`;
}

await runAsLoader(import.meta.url, render);
