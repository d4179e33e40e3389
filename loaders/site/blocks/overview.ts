// Blocks for a front page: key figures, the page list, what the evidence holds, how to cite it.
import { EventStatus } from "../../../src/shared/enums.ts";
import { escapeHtml } from "../../../src/shared/html.ts";
import { namedCorrections } from "../../compile/corrections.ts";
import { compileFigures } from "../../compile/figures.ts";
import { actorsInEvents, eventsOfKind } from "../../compile/key-facts.ts";
import { actorKindGroup } from "../../compile/timeline.ts";
import { mayBeFrom } from "../../dates.ts";
import { siteUrl } from "../../embed/site-url.ts";
import { formatCount, formatQuantity } from "../../format/number.ts";
import { formatPartialDate } from "../../format/partial-date.ts";
import { correctedHtml, correctedRowsHtml } from "../../render/corrections-html.ts";
import { dataText, externalLinkHtml } from "../../render/evidence-html.ts";
import { compiledAtHtml } from "../../render/page.ts";
import { siteLocale, t, tHtml } from "../locale.ts";
import type { BlockContext, BlockOptions, BlockOutput, BlockRenderer } from "./block.ts";
import { pageSummary } from "./summaries.ts";

/** Read when a page is rendered, in the site's language. */
const keyFigureGroup = () => ({
  key: "key-figures",
  open: `<section class="key-figures" aria-label="${escapeHtml(t("overview.keyFigures"))}">`,
  close: "</section>",
});

/** `corrected`: the notes on a corrected figure (corrections-html.ts), under its detail. */
function keyFigureHtml(number: string, label: string, detail: string, corrected = ""): BlockOutput {
  return {
    html: `<div class="key-figure"><p class="key-number">${escapeHtml(number)}</p><p class="key-label" dir="auto">${escapeHtml(label)}</p><p class="key-detail">${detail}</p>${corrected}</div>`,
    stylesheets: ["front-page.css"],
    group: keyFigureGroup(),
  };
}

/** A link to a page of the site by its navigation name, when the site has the page. */
function pageLink(context: BlockContext, path: string | undefined, hash = ""): string {
  const page = context.plan.pages.find((p) => p.path === path);
  return page ? ` <a href="${escapeHtml(`${page.path}${hash}`)}">${escapeHtml(page.nav)}</a>` : "";
}

/** A sentence pointing to the evidence's history, when the site has a page of it. */
function changesLinkHtml(context: BlockContext): string {
  const page = context.plan.pages.find((p) => p.layout === "changes");
  if (!page) return "";
  const [before = "", after = ""] = t("changes.link").split("{link}");
  return `<p>${escapeHtml(before)}<a href="${escapeHtml(page.path)}">${escapeHtml(page.nav)}</a>${escapeHtml(after)}</p>`;
}

function sourceLink(context: BlockContext, id: string | undefined): string {
  const source = context.evidence.sources.find((s) => s.id === id);
  if (!source) return "";
  return externalLinkHtml(source.url, dataText(source.outlet)) ?? dataText(source.outlet);
}

function headlineFigure(context: BlockContext, options: BlockOptions): BlockOutput | undefined {
  const headline = compileFigures(context.evidence.figures).totals[0]?.headline;
  if (!headline) return undefined;
  const currency = /^[A-Z]{3}$/.test(headline.unit);
  const label =
    options.label ??
    (currency || headline.unit === "people" ? headline.subject : `${headline.unit}: ${headline.subject}`);
  const when = [
    headline.estimate ? t(`estimate.${headline.estimate}`) : "",
    headline.asOf ? formatPartialDate(headline.asOf) : "",
  ]
    .filter(Boolean)
    .join(", ");
  const scalePage = [...context.plan.chartPages].find(([id]) => id.startsWith("scale-"))?.[1];
  return keyFigureHtml(
    currency ? formatQuantity(headline.value, headline.unit) : formatCount(headline.value),
    label,
    `${tHtml("overview.headlineSource", { source: sourceLink(context, headline.sources[0]) }, { when })}${pageLink(context, scalePage)}`,
    correctedHtml(context.to.corrections("figures", headline.id), context.to),
  );
}

function actorsFigure(context: BlockContext, options: BlockOptions): BlockOutput | undefined {
  const { comparison } = context.settings;
  const eventKind = options["event-kind"] ?? comparison.eventKinds.request;
  const kind = (options.kind ?? comparison.kind) as typeof comparison.kind;
  const asked = actorsInEvents(context.evidence, {
    actorKind: kind,
    eventKind,
    ...(options.from ? { from: options.from } : {}),
  });
  if (!asked.actors.length) return undefined;
  const n = asked.actors.length;
  const base =
    (n === 1 ? options["label-one"] : undefined) ??
    options.label ??
    t("overview.actorsNamed", {
      // Another kind than the comparison's is named by the catalogue's word ("Banken"), not its value ("bank").
      actors: kind === comparison.kind ? comparison.many : actorKindGroup(kind),
      kind: eventKind,
    });
  const names = options.names === "no" ? "" : `: ${asked.actors.map((a) => a.name).join(", ")}`;
  const host = kind === comparison.kind ? context.plan.hosts.comparison : undefined;
  return keyFigureHtml(
    formatCount(n),
    `${base}${names}`,
    `${escapeHtml(t("overview.kindEventsIn", { count: asked.events.length, kind: eventKind }))}${pageLink(context, host)}`,
  );
}

function eventsFigure(context: BlockContext, options: BlockOptions): BlockOutput | undefined {
  const kind = options["event-kind"] ?? context.settings.comparison.eventKinds.withdrawal;
  const events = eventsOfKind(context.evidence, kind).filter(
    (e) => !options.from || mayBeFrom(e.date, options.from),
  );
  if (!events.length) return undefined;
  const label =
    (events.length === 1 ? options["label-one"] : undefined) ??
    options.label ??
    t("overview.kindEvents", { kind });
  const first = events[0]?.id ?? "";
  const link = context.to.event(first);
  return keyFigureHtml(
    formatCount(events.length),
    label,
    `${events.map((e) => dataText(e.title)).join("; ")}${link ? ` <a href="${escapeHtml(link)}">${escapeHtml(t("overview.onTimeline"))}</a>` : ""}`,
    correctedRowsHtml(
      namedCorrections(context.to.corrections, "events", events, (e) => e.title),
      context.to,
    ),
  );
}

const keyFigure: BlockRenderer = (context, options) => {
  const figure =
    options.of === "headline"
      ? headlineFigure(context, options)
      : options.of === "actors"
        ? actorsFigure(context, options)
        : eventsFigure(context, options);
  return figure ?? { html: "" };
};

export const overviewBlocks = {
  "compiled-at": ((context) => ({ html: compiledAtHtml(context.compiledAt) })) as BlockRenderer,
  dek: ((context) => ({
    html: `<p class="dek">${escapeHtml(context.settings.description)}</p>`,
    stylesheets: ["front-page.css"],
  })) as BlockRenderer,
  summary: ((context, options) => ({
    html: `<p>${escapeHtml(pageSummary(context, options.of ?? "overview"))}</p>`,
  })) as BlockRenderer,
  "key-figure": keyFigure,
  "key-figures": ((context) => {
    const figures = [
      headlineFigure(context, {}),
      actorsFigure(context, {}),
      eventsFigure(context, {}),
    ].filter((f): f is BlockOutput => f !== undefined);
    return {
      html: figures.length
        ? `${keyFigureGroup().open}${figures.map((f) => f.html).join("")}${keyFigureGroup().close}`
        : "",
      stylesheets: ["front-page.css"],
    };
  }) as BlockRenderer,
  "page-list": ((context) => {
    const items = context.plan.pages
      .filter((page) => page.path !== context.page.path && page.inNavigation)
      .map((page) => {
        const words = pageSummary(context, page.layout) || page.description || "";
        return `<li><a href="${escapeHtml(page.path)}">${escapeHtml(page.nav)}</a> <span>${escapeHtml(words)}</span></li>`;
      });
    return { html: `<ul class="entry-points">${items.join("")}</ul>`, stylesheets: ["front-page.css"] };
  }) as BlockRenderer,
  "evidence-summary": ((context) => {
    const { sources, actors, events, statements, claims, figures } = context.evidence;
    const outlets = new Set(sources.map((s) => s.outlet)).size;
    const counts = siteLocale().list([
      t("overview.actors", { count: actors.length }),
      t("timeline.events", { count: events.length }),
      t("timeline.statements", { count: statements.length }),
      t("claims.count", { count: claims.length }),
      t("sources.figures", { count: figures.length }),
    ]);
    const download = `<a href="${context.root}data/evidence.json" download="evidence.json">${escapeHtml(t("overview.download"))}</a>`;
    const words = {
      sources: t("sources.count", { count: sources.length }),
      outlets: t("overview.outlets", { count: outlets }),
      counts,
    };
    return { html: `<p>${tHtml("overview.evidence", { download }, words)}</p>${changesLinkHtml(context)}` };
  }) as BlockRenderer,
  "status-legend": (() => ({
    html: `<dl class="status-legend">${(Object.keys(EventStatus) as EventStatus[])
      .map(
        (status) =>
          `<dt><span class="status status-${status}">${escapeHtml(t(`status.${status}`))}</span></dt><dd>${escapeHtml(t(`status.${status}.about`))}</dd>`,
      )
      .join("")}</dl>`,
    stylesheets: ["front-page.css"],
  })) as BlockRenderer,
  citation: ((context) => {
    const url = siteUrl(process.env, context.settings.url);
    const citation = t("overview.citation", {
      title: context.settings.title,
      date: siteLocale().day(context.compiledAt.toISOString().slice(0, 10)),
      url: `${url}/`,
    });
    return { html: `<p class="citation">${escapeHtml(citation)}</p>`, stylesheets: ["front-page.css"] };
  }) as BlockRenderer,
} as const;
