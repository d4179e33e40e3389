// Blocks of the scale charts: any chart of the registry with its data table, the headline
// figure in a sentence, what does not add up, and the actors with no figure.
import { escapeHtml } from "../../../src/shared/html.ts";
import { buildChart, findChart } from "../../charts/registry.ts";
import { formatDate, sourceLine } from "../../charts/scale/common.ts";
import { describeDiscrepancy } from "../../charts/scale/discrepancies.ts";
import { actorsWithoutFigures, digest, headlineTotal } from "../../charts/scale/select.ts";
import { namedCorrections } from "../../compile/corrections.ts";
import { formatQuantity } from "../../format/number.ts";
import { correctedHtml, correctedRowsHtml } from "../../render/corrections-html.ts";
import { figureHtml } from "../../render/figure.ts";
import { siteLocale, t, tHtml } from "../locale.ts";
import { type BlockRenderer, emptyHtml } from "./block.ts";
import { noteSourcesHtml } from "./note-sources.ts";

const stylesheets = ["scale.css"];

export const scaleBlocks = {
  chart: (async (context, options) => {
    const definition = findChart(options.id ?? "");
    if (!definition) throw new Error(`no chart "${options.id}": the charts are listed on the embed gallery`);
    const c = await buildChart(definition, context.evidence);
    if (c.empty) return { html: emptyHtml(c.takeaway), stylesheets };
    const figure = figureHtml({
      id: c.id,
      title: c.title,
      takeaway: c.takeaway,
      description: c.description,
      svg: c.svg,
      sourceLine: c.sourceLine,
      table: c.table,
      // Every annotation of the chart in words: the labels that did not fit stay here.
      notes: (c.annotations ?? []).map(({ annotation: a }) => ({
        label: a.label,
        ...(a.text ? { text: a.text } : {}),
        sourcesHtml: noteSourcesHtml(a.sources, context),
      })),
      correctionsHtml: correctedRowsHtml(c.corrections ?? [], context.to),
    });
    if (!c.spec) return { html: figure, stylesheets };
    // A script-only control (see scriptOnlyControls in loaders/render/page.ts).
    const explore = `<button type="button" class="explore-chart" data-explore="${escapeHtml(c.id)}">${escapeHtml(t("live.explore"))}</button>`;
    return {
      html: `${figure}${explore}`,
      stylesheets,
      script: `import {enhanceExploreButtons, fetchChartSpec} from "${context.root}components/explore-chart.js";\nconst exploring = enhanceExploreButtons(document, (id) => fetchChartSpec("${context.root}charts", id));`,
    };
  }) as BlockRenderer,
  "headline-figure": ((context) => {
    const headline = headlineTotal(digest(context.evidence));
    if (!headline) return { html: emptyHtml(t("scale.noTotals")) };
    const kind = headline.estimate ? `${t(`estimate.${headline.estimate}`)}, ` : "";
    const source = sourceLine(headline.sources, context.evidence).replace(/\.$/, "");
    const amount = `<strong>${escapeHtml(formatQuantity(headline.value, headline.unit))}</strong>`;
    const details = `${kind}${formatDate(headline.asOf)}; ${source}`;
    const sentence = tHtml("scale.headline", { amount }, { subject: headline.subject, details });
    const html = headline.notes
      ? tHtml("scale.headlineNote", { sentence }, { note: headline.notes })
      : sentence;
    const corrected = correctedHtml(context.to.corrections("figures", headline.id), context.to);
    return { html: `<p>${html}</p>${corrected}`, stylesheets };
  }) as BlockRenderer,
  discrepancies: ((context) => {
    const { evidence } = context;
    if (!evidence.figures.length) return { html: emptyHtml(t("scale.noFigures")) };
    const notes = digest(evidence).discrepancies;
    if (!notes.length) return { html: emptyHtml(t("scale.reconciled")) };
    const items = notes
      .map((d) => describeDiscrepancy(d, evidence))
      .map((note) => {
        const corrected = namedCorrections(context.to.corrections, "figures", note.figures, (f) => f.subject);
        return `<li data-discrepancy="${escapeHtml(note.kind)}">${escapeHtml(note.text)} <span class="discrepancy-sources">${escapeHtml(sourceLine(note.sources, evidence))}</span>${correctedRowsHtml(corrected, context.to)}</li>`;
      });
    return { html: `<ul class="discrepancies">${items.join("")}</ul>`, stylesheets };
  }) as BlockRenderer,
  "missing-figures": ((context, options) => {
    const kind = (options.kind ??
      context.settings.comparison.kind) as typeof context.settings.comparison.kind;
    const names = actorsWithoutFigures(context.evidence, kind);
    if (!names.length) return { html: "" };
    return {
      html: `<p>${escapeHtml(t("scale.missingFigures", { names: siteLocale().list(names) }))}</p>`,
    };
  }) as BlockRenderer,
} as const;
