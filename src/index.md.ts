// The front page (a Framework page loader: it prints Markdown at build time). The story's words
// are here; every number is computed from the evidence folder. No JavaScript runs on this page.
import { existsSync } from "node:fs";
import { buildChart, chartRegistry } from "../loaders/charts/registry.ts";
import { compileFigures } from "../loaders/compile/figures.ts";
import { actorsInEvents, eventsOfKind } from "../loaders/compile/key-facts.ts";
import { siteUrl } from "../loaders/embed/site-url.ts";
import { formatCount, formatQuantity } from "../loaders/format/number.ts";
import { formatPartialDate } from "../loaders/format/partial-date.ts";
import type { Evidence } from "../loaders/model.ts";
import { figureHtml } from "../loaders/render/figure.ts";
import { escapeHtml, safeHref } from "../loaders/render/html.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";
import { EventStatus } from "./shared/enums.ts";

const title = "Facebook asked banks for their customers' data";

function sourceLink(evidence: Evidence, id: string | undefined): string {
  const sources = new Map(evidence.sources.map((s) => [s.id, s]));
  const source = id ? sources.get(id) : undefined;
  if (!source) return "";
  const href = safeHref(source.url);
  const name = escapeHtml(source.outlet);
  return href ? `<a href="${escapeHtml(href)}" rel="external">${name}</a>` : name;
}

interface KeyFigure {
  number: string;
  label: string;
  detail: string;
}

function keyFigureHtml({ number, label, detail }: KeyFigure): string {
  return `<div class="key-figure"><p class="key-number">${escapeHtml(number)}</p><p class="key-label">${escapeHtml(label)}</p><p class="key-detail">${detail}</p></div>`;
}

// The story's key numbers: the largest stated total, the banks asked for data since 2017, the
// withdrawals from the talks. Each reads the evidence; none is typed here.
function keyFigures(evidence: Evidence): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const headline = compileFigures(evidence.figures).totals[0]?.headline;
  if (headline) {
    const currency = /^[A-Z]{3}$/.test(headline.unit);
    figures.push({
      number: currency ? formatQuantity(headline.value, headline.unit) : formatCount(headline.value),
      label:
        currency || headline.unit === "people" ? headline.subject : `${headline.unit}: ${headline.subject}`,
      detail: `${escapeHtml([headline.estimate, headline.asOf ? formatPartialDate(headline.asOf) : ""].filter(Boolean).join(", "))}. Source: ${sourceLink(evidence, headline.sources[0])}. <a href="./scale">The scale</a>`,
    });
  }
  const asked = actorsInEvents(evidence, { actorKind: "bank", eventKind: "request", from: "2017" });
  if (asked.actors.length) {
    figures.push({
      number: formatCount(asked.actors.length),
      label: `banks asked for data since 2017: ${asked.actors.map((a) => a.name).join(", ")}`,
      detail: `${asked.events.length} requests in the evidence.${existsSync("src/banks.md.ts") ? ' <a href="./banks">The banks</a>' : ""}`,
    });
  }
  const withdrawals = eventsOfKind(evidence, "withdrawal");
  if (withdrawals.length) {
    figures.push({
      number: formatCount(withdrawals.length),
      label: withdrawals.length === 1 ? "bank pulled out of the talks" : "withdrawals from the talks",
      detail: `${withdrawals.map((e) => escapeHtml(e.title)).join("; ")}${existsSync("src/timeline.md.ts") ? ` <a href="./timeline#${escapeHtml(withdrawals[0]?.id ?? "")}">On the timeline</a>` : ""}`,
    });
  }
  return figures;
}

async function compactTimeline(evidence: Evidence): Promise<string> {
  const definition = chartRegistry.find((chart) => chart.page === "/timeline");
  if (!definition) return "";
  const chart = await buildChart(definition, evidence);
  if (chart.empty) return `<p class="empty">${escapeHtml(chart.takeaway)}</p>`;
  return figureHtml({ ...chart, table: undefined });
}

export default async function render(): Promise<string> {
  const evidence = currentEvidence();
  const compiledAt = new Date();
  const pages = (
    [
      [
        "./timeline",
        "Timeline",
        `${evidence.events.length} events and ${evidence.statements.length} statements, lane by lane, each with its sources.`,
      ],
      [
        "./scale",
        "Scale",
        `${evidence.figures.length} figures: the numbers against each other, and what does not add up.`,
      ],
      [
        "./statements",
        "Statements",
        `${evidence.statements.length} statements, verbatim, and ${evidence.claims.length} claims compared side by side.`,
      ],
      ["./banks", "Banks", "Each bank: what it was asked, what it said, where it stands."],
      ["./sources", "Sources", `${evidence.sources.length} sources, each with every fact that cites it.`],
      ["./embed", "Embed", "Every chart with its embed code and downloads, for articles."],
    ] as const
  ).filter(([href]) => existsSync(`src/${href.slice(2)}.md`) || existsSync(`src/${href.slice(2)}.md.ts`));

  const outlets = new Set(evidence.sources.map((s) => s.outlet)).size;
  const statusList = Object.entries(EventStatus)
    .map(
      ([status, meaning]) =>
        `<dt><span class="status status-${status}">${status}</span></dt><dd>${escapeHtml(meaning)}</dd>`,
    )
    .join("");
  const citation = `Dossier, “${title}”, data compiled ${compiledAt.toISOString().slice(0, 10)}, ${siteUrl()}/`;

  return `${frontMatter({ title: "Overview", description: "In August 2018 the Wall Street Journal reported that Facebook had asked large U.S. banks for their customers' card transactions and checking-account balances. The evidence, every row with its source." })}
<link rel="stylesheet" href="./front-page.css">

# ${escapeHtml(title)}

<p class="dek">In August 2018 the Wall Street Journal reported that Facebook had asked large U.S. banks
for their customers' card transactions and checking-account balances, to offer services in
Messenger. It came months after Cambridge Analytica harvested the data of up to 87 million
Facebook users. This dossier lays out the evidence, every row with its source.</p>

${compiledAtHtml(compiledAt)}

<section class="key-figures" aria-label="Key figures">${keyFigures(evidence).map(keyFigureHtml).join("")}</section>

## The negotiations at a glance

${await compactTimeline(evidence)}

## Explore the evidence

<ul class="entry-points">${pages.map(([href, name, text]) => `<li><a href="${href}">${escapeHtml(name)}</a> <span>${escapeHtml(text)}</span></li>`).join("")}</ul>

## How this was made

The evidence is ${evidence.sources.length} sources from ${outlets} outlets, kept as CSV files
(sources, actors, events, statements, claims, figures). Every event, statement, claim and figure
cites at least one source; facts seen only second-hand are marked as reported, and facts that
could not be checked are left out. The loaders check every row before the site is built.
<a href="./data/evidence.json" download="evidence.json">Download all the evidence as JSON</a>.

What an event's status means:

<dl class="status-legend">${statusList}</dl>

How to cite this dossier:

<p class="citation">${escapeHtml(citation)}</p>
`;
}

await runAsLoader(import.meta.url, render);
