// How a statement is named: who said it (for whom), and a short label for lists.
import { escapeHtml } from "../../../src/shared/html.ts";
import type { StatementView } from "../../compile/statements.ts";
import { formatPartialDate } from "../../format/partial-date.ts";
import { t } from "../../site/locale.ts";
import { excerpt } from "../evidence-html.ts";

/** "Jane Doe, for Firm" as text: who spoke, and for whom when that is another party. */
export function speakerName(s: StatementView): string {
  return s.onBehalfOf && s.onBehalfOf.id !== s.speaker.id
    ? t("statements.forWhom", { speaker: s.speaker.name, party: s.onBehalfOf.name })
    : s.speaker.name;
}

export function speakerLine(s: StatementView): string {
  return escapeHtml(speakerName(s));
}

/** One option label: who, when, and the first words (the full text is on the page). */
export function optionLabel(s: StatementView): string {
  return `${speakerName(s)}, ${formatPartialDate(s.date)}: “${excerpt(s.text, 8)}”`;
}
