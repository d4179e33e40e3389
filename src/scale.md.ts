// The scale page (a Framework page loader: it prints Markdown at build time). The prose is this
// story's; every number comes from figures.csv through the chart registry and the figures
// compiler, and every chart arrives as SVG with its data table, so the page needs no JavaScript.

import { buildChart } from "../loaders/charts/registry.ts";
import { formatDate, sourceLine } from "../loaders/charts/scale/common.ts";
import { describeDiscrepancy } from "../loaders/charts/scale/discrepancies.ts";
import { scaleCharts } from "../loaders/charts/scale/index.ts";
import { actorsWithoutFigures, digest, headlineTotal } from "../loaders/charts/scale/select.ts";
import type { BuiltChart } from "../loaders/charts/types.ts";
import { formatQuantity } from "../loaders/format/number.ts";
import { figureHtml } from "../loaders/render/figure.ts";
import { escapeHtml } from "../loaders/render/html.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";

export default async function render(): Promise<string> {
  const evidence = currentEvidence();
  const figures = digest(evidence);
  const charts = new Map<string, BuiltChart>();
  for (const definition of scaleCharts) charts.set(definition.id, await buildChart(definition, evidence));

  /** A chart as one HTML block, or its takeaway as the empty state when there is nothing to chart. */
  function chart(id: string): string {
    const c = charts.get(id);
    if (!c) return "";
    if (c.empty) return `<p class="empty">${escapeHtml(c.takeaway)}</p>`;
    const figure = figureHtml({
      id: c.id,
      title: c.title,
      takeaway: c.takeaway,
      description: c.description,
      svg: c.svg,
      sourceLine: c.sourceLine,
      table: c.table,
    });
    // A script-only control (see scriptOnlyControls in loaders/render/page.ts).
    const explore = c.spec
      ? `<button type="button" class="explore-chart" data-explore="${escapeHtml(c.id)}">Explore interactively</button>`
      : "";
    return `${figure}${explore}`;
  }

  function lead(): string {
    const headline = headlineTotal(figures);
    if (!headline) return "The evidence has no stated totals yet, so there is nothing to set in scale.";
    const kind = headline.estimate ? `${headline.estimate}, ` : "";
    const note = headline.notes ? ` Its note in the evidence: “${escapeHtml(headline.notes)}”` : "";
    const source = sourceLine(headline.sources, evidence).replace(/\.$/, "");
    return `The headline number in the evidence is <strong>${escapeHtml(formatQuantity(headline.value, headline.unit))}</strong> — “${escapeHtml(headline.subject)}” (${escapeHtml(`${kind}${formatDate(headline.asOf)}; ${source}`)}).${note}`;
  }

  function discrepancies(): string {
    if (!evidence.figures.length) return '<p class="empty">The evidence has no figures yet.</p>';
    if (!figures.discrepancies.length) {
      return '<p class="empty">The figures reconcile: no parts that miss their total, no sources that disagree, no subject given in two units.</p>';
    }
    const items = figures.discrepancies
      .map((d) => describeDiscrepancy(d, evidence))
      .map(
        (note) =>
          `<li data-discrepancy="${escapeHtml(note.kind)}">${escapeHtml(note.text)} <span class="discrepancy-sources">${escapeHtml(sourceLine(note.sources, evidence))}</span></li>`,
      )
      .join("");
    return `<ul class="discrepancies">${items}</ul>`;
  }

  function missingBanks(): string {
    const banks = actorsWithoutFigures(evidence, "bank");
    if (!banks.length) return "";
    return `<p>The evidence has no verified figure for ${escapeHtml(banks.join(", "))}: their customer numbers could not be pinned to a source and a date, so they are left out rather than guessed.</p>`;
  }

  return `${frontMatter({ title: "Scale", description: "The scale of the Cambridge Analytica harvest, from the figures in the evidence: users affected by country, app installs against users affected, how the estimate grew, and other numbers for comparison." })}
<link rel="stylesheet" href="./scale.css">

# The scale of Cambridge Analytica

${lead()}

A number that large is too big to feel. This page sets the headline figure against the parts it
is made of, the few people who started it, the estimates that came before it and other numbers in
this story. Every number on it is computed from the figures in the evidence and keeps its unit,
its date and its sources; where the numbers do not add up, the page says so rather than smoothing
it over.

${compiledAtHtml()}

## Where the people were

Facebook broke its total down by country. Its numbers are upper estimates — “up to” — not counts
of people known to be affected. The remainder, everyone outside the listed countries, is not a
number any source published: it is computed here as the total minus the listed countries.

${chart("scale-breakdown")}

## From a quiz app to millions of profiles

The data came through a personality-quiz app. Facebook's total counts the people who installed it
and their friends; the number of installers is itself approximate. Each square below stands for
the same number of people, so the difference can be counted rather than imagined.

${chart("scale-waffle")}

## How the estimate grew

Reports before Facebook's own count gave other numbers, and Cambridge Analytica gave its own.
These are different estimates from different sources, not one number
corrected in place: each keeps its date, its source and what kind of estimate it is — first
published, official, or reported second-hand.

${chart("scale-estimates")}

## Against other scales

For comparison: numbers about the banks Facebook approached and the penalties that followed, each
with its own unit and date. People, customers and accounts are different things and are never
added together; pounds and dollars are never drawn on one scale.

${chart("scale-other-counts")}

${missingBanks()}

${chart("scale-money")}

## What does not add up

The figures compiler checks every breakdown against its stated total and every number against
others given for the same thing on the same date. This is what it found:

${discrepancies()}

\`\`\`js
import {enhanceExploreButtons, fetchChartSpec} from "./components/explore-chart.js";
const exploring = enhanceExploreButtons(document, (id) => fetchChartSpec("./charts", id));
\`\`\`
`;
}

await runAsLoader(import.meta.url, render);
