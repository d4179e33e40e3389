// The guided story: the annotations that have a step, in step order, each with what a reader
// needs beside its caption: when it happened, the days its chart excerpt shows and where its
// item lives on the timeline.
import { firstDay, lastDay } from "../dates.ts";
import { formatDateRange, formatPartialDate } from "../format/partial-date.ts";
import type { Annotation, Evidence } from "../model.ts";
import { compileTimeline, statementItemId, type TimelineItem } from "./timeline.ts";

export interface StoryStep {
  step: number;
  annotation: Annotation;
  /** "6 Aug 2018", "Mar 2018 to Apr 2018". */
  when: string;
  /** The timeline item it names, if any. */
  item?: TimelineItem;
  /** A span of time (no target): its first and last day, YYYY-MM-DD. */
  span?: { from: string; to: string };
}

export function compileStory(evidence: Evidence): StoryStep[] {
  const items = new Map(compileTimeline(evidence).items.map((item) => [item.id, item]));
  const figures = new Map(evidence.figures.map((f) => [f.id, f]));
  return evidence.annotations
    .filter((a): a is Annotation & { step: number } => a.step !== undefined)
    .sort((a, b) => a.step - b.step)
    .map((annotation): StoryStep => {
      const { step, target } = annotation;
      if (target === undefined) {
        const { date, endDate } = annotation as Required<Pick<Annotation, "date" | "endDate">>;
        return {
          step,
          annotation,
          when: formatDateRange(date, endDate),
          span: { from: firstDay(date), to: lastDay(endDate) },
        };
      }
      const item = items.get(target) ?? items.get(statementItemId(target));
      if (item) return { step, annotation, item, when: formatDateRange(item.date, item.endDate) };
      const asOf = figures.get(target)?.asOf;
      return { step, annotation, when: asOf ? formatPartialDate(asOf) : "" };
    });
}
