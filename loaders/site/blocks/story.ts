// The guided story block: the annotations with a step, in order, each with its date, label,
// caption, sources, a link to its item on the timeline and an excerpt of the chart with its
// mark or span emphasised. Without JavaScript a numbered list; with it, one step at a time
// (src/components/story.ts), the address holding the step.
import { escapeHtml } from "../../../src/shared/html.ts";
import { excerptSvg } from "../../charts/timeline/excerpt.ts";
import { buildTimelineFigure, itemLabel } from "../../charts/timeline/index.ts";
import { compileStory, type StoryStep } from "../../compile/story.ts";
import type { TimelineItem } from "../../compile/timeline.ts";
import { linkHtml, sourcesLineHtml } from "../../render/evidence-html.ts";
import { inlineSvg } from "../../render/figure.ts";
import { type BlockContext, type BlockRenderer, emptyHtml } from "./block.ts";

function timelineHref(step: StoryStep, context: BlockContext): string | undefined {
  const page = context.to.page("timeline");
  if (!page) return undefined;
  if (step.item) return `${page}#${encodeURIComponent(step.item.id)}`;
  if (step.span) return `${page}?from=${step.span.from}&to=${step.span.to}`;
  return undefined;
}

function stepHtml(step: StoryStep, svg: string, context: BlockContext): string {
  const { annotation } = step;
  const sources = annotation.sources.map((id) => {
    const source = context.evidence.sources.find((s) => s.id === id);
    return source ?? { id, outlet: id };
  });
  const href = timelineHref(step, context);
  const what = step.item ? "its entry on the timeline" : "these dates on the timeline";
  return [
    `<li class="story-step" id="step-${step.step}" data-step="${step.step}">`,
    `<div class="story-words">`,
    step.when ? `<p class="story-when">${escapeHtml(step.when)}</p>` : "",
    `<h3 class="story-label">${escapeHtml(annotation.label)}</h3>`,
    annotation.text ? `<p class="story-caption">${escapeHtml(annotation.text)}</p>` : "",
    sourcesLineHtml(sources, context.to),
    href ? `<p class="story-link">${linkHtml(href, `See ${what}`)}</p>` : "",
    "</div>",
    svg
      ? `<div class="story-chart" role="img" aria-label="${escapeHtml(`Timeline excerpt around ${step.when}, with “${annotation.label}” emphasised`)}">${inlineSvg(svg)}</div>`
      : "",
    "</li>",
  ].join("");
}

/** The buttons, shown (by story.css) only when scripts run; the position is written at build time too, so nothing moves when the script fills it. */
function controlsHtml(count: number): string {
  return [
    `<div class="story-controls">`,
    `<button type="button" class="story-previous">Previous</button>`,
    `<p class="story-position" aria-live="polite">Step 1 of ${count}</p>`,
    `<button type="button" class="story-next">Next</button>`,
    "</div>",
  ].join("");
}

export const storyBlocks = {
  story: ((context) => {
    const steps = compileStory(context.evidence);
    if (!steps.length)
      return { html: emptyHtml("No steps yet: give annotations in annotations.csv a step (1, 2, 3…).") };
    const figure = buildTimelineFigure(context.evidence);
    const label = (i: number) => itemLabel(figure.timeline.items[i] as TimelineItem);
    const items = steps.map((step) => stepHtml(step, excerptSvg(figure.view, step, label), context));
    return {
      html: `<section class="story" data-story aria-label="The story, step by step">${controlsHtml(steps.length)}<ol class="story-steps">${items.join("")}</ol></section>`,
      stylesheets: ["timeline.css", "story.css"],
      script: `import {enhanceStory} from "${context.root}components/story.js";\nenhanceStory(document.querySelector("[data-story]"));`,
    };
  }) as BlockRenderer,
} as const;
