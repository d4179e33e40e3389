// How a statement is named: who said it (for whom), and a short label for lists.
import type { StatementView } from "../../compile/statements.ts";
import { formatPartialDate } from "../../format/partial-date.ts";
import { excerpt, text } from "../evidence-html.ts";

export function speakerLine(s: StatementView): string {
  const forWhom = s.onBehalfOf && s.onBehalfOf.id !== s.speaker.id ? `, for ${text(s.onBehalfOf.name)}` : "";
  return `${text(s.speaker.name)}${forWhom}`;
}

/** One option label: who, when, and the first words (the full text is on the page). */
export function optionLabel(s: StatementView): string {
  const who =
    s.onBehalfOf && s.onBehalfOf.id !== s.speaker.id
      ? `${s.speaker.name}, for ${s.onBehalfOf.name}`
      : s.speaker.name;
  return `${who}, ${formatPartialDate(s.date)}: “${excerpt(s.text, 8)}”`;
}
