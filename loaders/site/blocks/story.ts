// The guided story block: the annotations with a step, in order, each with its date, label,
// caption, sources (by number, listed once below the story), a link to its item on the timeline
// and an excerpt of the chart with its mark or span emphasised. Without JavaScript a numbered
// list; with it, one step at a time (src/components/story.ts), the address holding the step.
import { escapeHtml } from "../../../src/shared/html.ts";
import { excerptSvg } from "../../charts/timeline/excerpt.ts";
import { buildTimelineFigure, itemLabel } from "../../charts/timeline/index.ts";
import { sourceRefs } from "../../compile/sources.ts";
import { compileStory, type StoryStep } from "../../compile/story.ts";
import type { TimelineItem } from "../../compile/timeline.ts";
import { type Citations, citations, citationsScript } from "../../render/citations.ts";
import { correctedHtml } from "../../render/corrections-html.ts";
import { linkHtml } from "../../render/evidence-html.ts";
import { inlineSvg } from "../../render/figure.ts";
import { siteLocale, t } from "../locale.ts";
import { type BlockContext, type BlockRenderer, emptyHtml } from "./block.ts";

function timelineHref(step: StoryStep, context: BlockContext): string | undefined {
  const page = context.to.page("timeline");
  if (!page) return undefined;
  if (step.item) return `${page}#${encodeURIComponent(step.item.id)}`;
  if (step.span) return `${page}?from=${step.span.from}&to=${step.span.to}`;
  return undefined;
}

/** The step's own corrections, then those of the event, statement or figure it names. */
function stepCorrectionsHtml(step: StoryStep, context: BlockContext): string {
  const { to } = context;
  const { annotation, item } = step;
  const target = item
    ? to.corrections(item.type === "statement" ? "statements" : "events", item.rowId)
    : annotation.target !== undefined
      ? to.corrections("figures", annotation.target)
      : [];
  return correctedHtml([...to.corrections("annotations", annotation.id), ...target], to);
}

function stepHtml(step: StoryStep, svg: string, context: BlockContext, refs: Citations): string {
  const { annotation } = step;
  const href = timelineHref(step, context);
  const see = t(step.item ? "story.onTimeline" : "story.datesOnTimeline");
  return [
    `<li class="story-step" id="step-${step.step}" data-step="${step.step}">`,
    `<div class="story-words">`,
    step.when ? `<p class="story-when">${escapeHtml(step.when)}</p>` : "",
    `<h3 class="story-label" dir="auto">${escapeHtml(annotation.label)}</h3>`,
    annotation.text ? `<p class="story-caption" dir="auto">${escapeHtml(annotation.text)}</p>` : "",
    refs.cite(sourceRefs(context.evidence)(annotation.sources)),
    stepCorrectionsHtml(step, context),
    href ? `<p class="story-link">${linkHtml(href, escapeHtml(see))}</p>` : "",
    "</div>",
    svg
      ? `<div class="story-chart" role="img" aria-label="${escapeHtml(t("story.excerpt", { when: step.when, label: annotation.label }))}">${inlineSvg(svg)}</div>`
      : "",
    "</li>",
  ].join("");
}

/** The buttons, shown (by story.css) only when scripts run; the position is written at build time too, so nothing moves when the script fills it. */
function controlsHtml(count: number): string {
  return [
    `<div class="story-controls">`,
    `<button type="button" class="story-previous">${escapeHtml(t("story.previous"))}</button>`,
    `<p class="story-position" aria-live="polite">${escapeHtml(t("live.storyPosition", { step: siteLocale().count(1), count: siteLocale().count(count) }))}</p>`,
    `<button type="button" class="story-next">${escapeHtml(t("story.next"))}</button>`,
    "</div>",
  ].join("");
}

export const storyBlocks = {
  story: ((context) => {
    const steps = compileStory(context.evidence);
    if (!steps.length) return { html: emptyHtml(t("story.none")) };
    const figure = buildTimelineFigure(context.evidence);
    const label = (i: number) => itemLabel(figure.timeline.items[i] as TimelineItem);
    const refs = citations(context.to, "story");
    const items = steps.map((step) => stepHtml(step, excerptSvg(figure.view, step, label), context, refs));
    return {
      html: `<section class="story" data-story aria-label="${escapeHtml(t("story.label"))}">${controlsHtml(steps.length)}<ol class="story-steps">${items.join("")}</ol></section>${refs.listHtml()}`,
      stylesheets: ["timeline.css", "story.css", "evidence.css"],
      script: [
        `import {enhanceStory} from "${context.root}components/story.js";\nenhanceStory(document.querySelector("[data-story]"));`,
        citationsScript(context.root),
      ],
    };
  }) as BlockRenderer,
} as const;
