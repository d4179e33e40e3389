// A step's excerpt of the timeline: the days around its item or span of time, time down the
// page in a narrow drawing (it fits a phone and sits beside the caption on a wide screen),
// with the step's mark or band emphasised.
import { statusPalette } from "../../../src/shared/colours.ts";
import { dayNumber } from "../../../src/shared/timeline/days.ts";
import { layoutTimeline } from "../../../src/shared/timeline/layout.ts";
import type { TimelineView } from "../../../src/shared/timeline/view.ts";
import type { StoryStep } from "../../compile/story.ts";
import { siteLocale } from "../../site/locale.ts";
import { timelineSvg } from "./svg.ts";

/** Days shown either side of the step's own days. */
const marginDays = 100;
export const excerptWidth = 360;
const excerptLength = 300;

export function excerptSvg(view: TimelineView, step: StoryStep, label: (index: number) => string): string {
  const days = step.item
    ? [dayNumber(step.item.start), dayNumber(step.item.end) + 1]
    : step.span
      ? [dayNumber(step.span.from), dayNumber(step.span.to) + 1]
      : undefined;
  if (!days) return "";
  const domain = [(days[0] as number) - marginDays, (days[1] as number) + marginDays] as const;
  const layout = layoutTimeline(view, {
    width: excerptWidth,
    orientation: "vertical",
    timeLength: excerptLength,
    domain,
    direction: siteLocale().dir,
    locale: siteLocale().tag,
  });
  return timelineSvg(view, layout, {
    idPrefix: `story-${step.step}`,
    label,
    palette: statusPalette(),
    emphasis: step.annotation.id,
  });
}
