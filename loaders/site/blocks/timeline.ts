// Blocks of the timeline: the chart (build-time SVG, made interactive in the browser), its list,
// and a static preview for a front page.
import { escapeHtml } from "../../../src/shared/html.ts";
import { denseThreshold } from "../../../src/shared/timeline/geometry.ts";
import { buildChart, findChart } from "../../charts/registry.ts";
import { buildTimelineFigure, type TimelineFigure } from "../../charts/timeline/index.ts";
import { iconCss, timelineLegendHtml } from "../../charts/timeline/legend.ts";
import { countText, listContext, timelineListHtml } from "../../charts/timeline/list.ts";
import { isPaged, yearIndexHtml } from "../../charts/timeline/pages.ts";
import { viewJson } from "../../charts/timeline/view.ts";
import { compileTimeline } from "../../compile/timeline.ts";
import { formatDateRange } from "../../format/partial-date.ts";
import { citationsScript } from "../../render/citations.ts";
import { correctedRowsHtml } from "../../render/corrections-html.ts";
import { type ChartFigureNote, chartNotesHtml, figureHtml, inlineSvg } from "../../render/figure.ts";
import { t } from "../locale.ts";
import { type BlockContext, type BlockRenderer, emptyHtml } from "./block.ts";
import { noteSourcesHtml } from "./note-sources.ts";

const stylesheets = ["evidence.css", "timeline.css"];

/**
 * The periods (eras: annotations with dates and no row) the chart draws, in words under it with
 * their dates as the page writes them ("about Aug 2017 – 6 Aug 2018"): the drawing is hidden from
 * screen readers and a band's label may not fit on a phone. An annotation on a row is beside
 * that row's mark, in words in the row's list entry (charts/timeline/list.ts), and in the story
 * when it is a step.
 */
function erasHtml(f: TimelineFigure, context: BlockContext): string {
  const drawn = new Set((f.view.annotations ?? []).map((a) => a.id));
  const notes = context.evidence.annotations
    .filter((a) => a.target === undefined && a.date && drawn.has(a.id))
    .map(
      (a): ChartFigureNote => ({
        label: a.label,
        ...(a.date ? { when: formatDateRange(a.date, a.endDate) } : {}),
        ...(a.text ? { text: a.text } : {}),
        sourcesHtml: noteSourcesHtml(a.sources, context),
      }),
    );
  return notes.length ? chartNotesHtml(notes) : "";
}

/**
 * A timeline of more items than are drawn one by one (canvas) goes live when the reader reaches
 * for it (components/timeline-on-demand.ts), and its view is a file of its own: the build moves
 * the `data-file` script's content to `_timeline/view-<hash>.json` (scripts/lib/timeline-view-file.ts).
 * A smaller one is made live before the page's first paint, from the view in the page.
 */
function startsOnDemand(f: TimelineFigure): boolean {
  return f.view.items.length > denseThreshold;
}

/** A script-only control (scriptOnlyControls in loaders/render/page.ts), in the place the live view's filters take. */
function startButtonHtml(): string {
  const loading = escapeHtml(t("live.exploreLoading"));
  const failed = escapeHtml(t("live.timelineStartFailed"));
  return `<button type="button" class="tl-start" data-loading="${loading}" data-failed="${failed}">${escapeHtml(t("live.explore"))}</button>`;
}

function chartHtml(f: TimelineFigure, eras: string): string {
  const onDemand = startsOnDemand(f);
  return [
    `<figure class="chart tl-figure" id="chart--timeline" data-chart="timeline">`,
    `<figcaption><strong class="chart-title">${escapeHtml(f.title)}</strong> <span class="chart-takeaway">${escapeHtml(f.takeaway)}</span></figcaption>`,
    onDemand ? startButtonHtml() : "",
    `<div class="tl-static chart-image" role="img" aria-label="${escapeHtml(f.description)}">`,
    inlineSvg(f.wide.svg),
    inlineSvg(f.narrow.svg),
    "</div>",
    timelineLegendHtml(),
    eras,
    f.sourceLine ? `<p class="chart-source">${escapeHtml(f.sourceLine)}</p>` : "",
    // How many items: a large timeline is made live in steps after the page's first paint (components/timeline.ts).
    `<script type="application/json" class="tl-data" data-items="${f.view.items.length}"${onDemand ? " data-file" : ""}>${viewJson(f.view)}</script>`,
    "</figure>",
  ].join("");
}

export const timelineBlocks = {
  timeline: ((context) => {
    const list = context.to.page("timeline");
    const figure = buildTimelineFigure(context.evidence, {
      links: list !== undefined,
      listPage: list ?? context.page.path,
      listHere: list === context.page.path,
    });
    if (!figure.timeline.items.length) return { html: emptyHtml(t("timeline.noChart")) };
    const enhance = startsOnDemand(figure) ? "enhanceTimelineOnDemand" : "enhanceTimeline";
    const module = startsOnDemand(figure) ? "timeline-on-demand" : "timeline";
    return {
      html: chartHtml(figure, erasHtml(figure, context)),
      stylesheets,
      script: `import {${enhance}} from "${context.root}components/${module}.js";\n${enhance}(document.getElementById("chart--timeline"));`,
    };
  }) as BlockRenderer,
  "timeline-list": ((context) => {
    const timeline = compileTimeline(context.evidence);
    if (!timeline.items.length) return { html: emptyHtml(t("timeline.nothingToList")) };
    const paged = isPaged(timeline);
    const listed = t("timeline.listIntro", { items: countText(timeline.items) });
    const intro = paged ? `${listed} ${t("timeline.listPaged")}` : listed;
    const list = paged
      ? yearIndexHtml(timeline, context.page.path)
      : timelineListHtml(timeline, listContext(context.evidence, context.to));
    const html = `<p>${escapeHtml(intro)}</p>${iconCss()}${list}`;
    return paged ? { html, stylesheets } : { html, stylesheets, script: citationsScript(context.root) };
  }) as BlockRenderer,
  "timeline-preview": (async (context) => {
    const definition = findChart("timeline");
    if (!definition) return { html: "" };
    const chart = await buildChart(definition, context.evidence);
    if (chart.empty) return { html: emptyHtml(chart.takeaway) };
    const correctionsHtml = correctedRowsHtml(chart.corrections ?? [], context.to);
    return {
      html: figureHtml({ ...chart, table: undefined, correctionsHtml }),
      stylesheets: ["front-page.css"],
    };
  }) as BlockRenderer,
} as const;
