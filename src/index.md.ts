// The overview page (a Framework page loader: it prints Markdown at build time).
// Prose and layout live here; numbers and charts come from loaders/ and the evidence folder.
import { breakdownBarsSpec } from "../loaders/charts/breakdown-bars.ts";
import { renderSvg } from "../loaders/charts/render-svg.ts";
import { compileOverview } from "../loaders/compile/overview.ts";
import { dataDir } from "../loaders/data-dir.ts";
import { loadEvidence } from "../loaders/evidence.ts";
import { formatQuantity } from "../loaders/format/number.ts";
import { figureHtml } from "../loaders/render/figure.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";

const evidence = loadEvidence(dataDir());
const overview = compileOverview(evidence);
const sourceNames = new Map(evidence.sources.map((s) => [s.id, s.outlet]));

async function breakdownFigure(): Promise<string> {
  const breakdown = overview.breakdown;
  if (!breakdown) return '<p class="empty">The evidence has no figures broken down by group yet.</p>';
  const { svg } = await renderSvg(
    breakdownBarsSpec(
      breakdown.parts.map((p) => ({ label: p.group, value: p.value })),
      { unit: breakdown.unit },
    ),
  );
  const outlets = [
    ...new Set(breakdown.parts.flatMap((p) => p.sources.map((id) => sourceNames.get(id) ?? id))),
  ];
  return figureHtml({
    id: "overview-breakdown",
    title: `${breakdown.subject}, by ${breakdown.scope}`,
    description: `Bar chart. ${breakdown.parts.map((p) => `${p.group}: ${formatQuantity(p.value, breakdown.unit)}`).join("; ")}.`,
    svg,
    sourceLine: `Sources: ${outlets.join(", ")}.`,
    table: {
      caption: `${breakdown.subject}, by ${breakdown.scope}`,
      columns: [{ label: breakdown.scope }, { label: breakdown.unit, numeric: true }],
      rows: breakdown.parts.map((p) => [p.group, p.value.toLocaleString("en-US")]),
    },
  });
}

process.stdout.write(`${frontMatter({ title: "Overview" })}
# Facebook asked banks for their customers' data

In August 2018 the Wall Street Journal reported that Facebook had asked large U.S. banks for
customers' financial data to offer services in Messenger — months after Cambridge Analytica
harvested the data of up to 87 million Facebook users. This site compiles the evidence:
${evidence.events.length} events, ${evidence.statements.length} statements, ${evidence.figures.length} figures
and ${evidence.sources.length} sources, each row citing where it comes from.

${compiledAtHtml()}

## The scale

${await breakdownFigure()}

## The evidence over time

Single events in the evidence per month (${overview.eventsNotCounted} periods or events dated only
to a year are not counted here).

\`\`\`js
import {eventsByMonthChart} from "./components/events-by-month.js";
const overview = FileAttachment("data/overview.json").json();
\`\`\`

<figure class="chart" data-chart="events-by-month">
\${resize((width) => eventsByMonthChart(overview.eventsByMonth, {width}))}
</figure>
`);
