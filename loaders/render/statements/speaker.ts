// How a statement is named: who said it (for whom), and a short label for lists.
import { escapeHtml } from "../../../src/shared/html.ts";
import type { StatementView } from "../../compile/statements.ts";
import { formatPartialDate } from "../../format/partial-date.ts";
import { excerpt } from "../evidence-html.ts";

export function speakerLine(s: StatementView): string {
  const forWhom =
    s.onBehalfOf && s.onBehalfOf.id !== s.speaker.id ? `, for ${escapeHtml(s.onBehalfOf.name)}` : "";
  return `${escapeHtml(s.speaker.name)}${forWhom}`;
}

/** One option label: who, when, and the first words (the full text is on the page). */
export function optionLabel(s: StatementView): string {
  const who =
    s.onBehalfOf && s.onBehalfOf.id !== s.speaker.id
      ? `${s.speaker.name}, for ${s.onBehalfOf.name}`
      : s.speaker.name;
  return `${who}, ${formatPartialDate(s.date)}: “${excerpt(s.text, 8)}”`;
}
