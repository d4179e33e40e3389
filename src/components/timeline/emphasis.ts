// Which key moment the live view emphasises (bold label, ringed mark or stronger band), as the
// guided story's links ask for it. Pure: no DOM.
import { dayNumber } from "../../shared/timeline/days.js";
import type { TimelineModel } from "./model.js";
import type { TimelineState } from "./state.js";

/**
 * The key moment to emphasise, as the guided story's links ask: the annotation on the pinned
 * item (/timeline#<item>), else the span of time whose days the range is exactly (?from&to).
 */
export function emphasisOf(model: TimelineModel, state: TimelineState): string | undefined {
  const annotations = model.view.annotations ?? [];
  const pinned = state.pinned === undefined ? undefined : model.ids.get(state.pinned);
  if (pinned !== undefined) return annotations.find((a) => a.item === pinned)?.id;
  if (!state.from || !state.to) return undefined;
  const [from, to] = [dayNumber(state.from), dayNumber(state.to) + 1];
  return annotations.find((a) => a.item === undefined && a.start === from && a.end === to)?.id;
}
