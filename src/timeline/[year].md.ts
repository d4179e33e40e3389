// One year of the timeline's list (/timeline/<year>), built only for evidence too large for one
// page (observablehq.config.ts lists the years). Complete without JavaScript; the timeline's
// card fetches this page for the text of an item that is not on /timeline.

import { iconCss } from "../../loaders/charts/timeline/legend.ts";
import { countText, listContext, openListLimit } from "../../loaders/charts/timeline/list.ts";
import { itemsByYear, yearListHtml, yearPagePath } from "../../loaders/charts/timeline/pages.ts";
import { compileTimeline, type Timeline } from "../../loaders/compile/timeline.ts";
import type { Evidence } from "../../loaders/model.ts";
import { pageLinks, text } from "../../loaders/render/evidence-html.ts";
import { currentEvidence, type LoaderParams, runAsLoader } from "../../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../../loaders/render/page.ts";
import { existingPages } from "../../loaders/render/site-pages.ts";

// The build renders every year in one process: compile the timeline once per evidence.
const compiled = new WeakMap<Evidence, Timeline>();
function timelineOf(evidence: Evidence): Timeline {
  const timeline = compiled.get(evidence) ?? compileTimeline(evidence);
  compiled.set(evidence, timeline);
  return timeline;
}

function yearLink(year: string | undefined, rel: string, label: string): string {
  return year ? `<a href="${text(yearPagePath(year))}" rel="${rel}">${label}</a>` : "";
}

export default function render({ year = "" }: LoaderParams): string {
  const evidence = currentEvidence();
  const years = itemsByYear(timelineOf(evidence).items);
  const items = years.get(year);
  if (!items) throw new Error(`the timeline has no items in the year "${year}"`);
  const all = [...years.keys()];
  const at = all.indexOf(year);
  const nav = [
    yearLink(all[at - 1], "prev", `← ${text(all[at - 1] ?? "")}`),
    '<a href="/timeline">All years and the chart</a>',
    yearLink(all[at + 1], "next", `${text(all[at + 1] ?? "")} →`),
  ]
    .filter(Boolean)
    .join(" · ");

  return `${frontMatter({ title: `Timeline, ${year}` })}
<link rel="stylesheet" href="../evidence.css">
<link rel="stylesheet" href="../timeline.css">

# ${text(year)} on the timeline

${compiledAtHtml()}

<nav class="tl-year-nav" aria-label="Years">${nav}</nav>

The ${countText(items)} that began in ${text(year)}, in time order, each with its date, how sure the evidence is, and its sources.${items.length > openListLimit ? " Open a month to see its entries." : ""}

${iconCss()}
<div class="tl-list">${yearListHtml(items, listContext(evidence, pageLinks(existingPages())))}</div>

<nav class="tl-year-nav" aria-label="Years, again">${nav}</nav>
`;
}

await runAsLoader(import.meta.url, render);
