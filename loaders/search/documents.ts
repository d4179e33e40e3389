// What the site search finds: every event, statement, claim, figure and source, with the words
// it is found by and the place it lives (loaders/site/plan.ts decides which page, and the routed
// links which numbered page). A row with no page to show it is left out: a result must lead somewhere.
import type { SearchDocument } from "../../src/shared/search-options.ts";
import { formatQuantity } from "../format/number.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import type { Evidence, PartialDate } from "../model.ts";
import type { PageLinks } from "../render/evidence-html.ts";

const when = (date: PartialDate | undefined) => (date ? formatPartialDate(date) : "");

/** Every row the search can lead to, in table order (events, statements, claims, figures, sources). */
export function searchDocuments(evidence: Evidence, to: PageLinks): SearchDocument[] {
  const names = new Map(evidence.actors.map((a) => [a.id, a.name]));
  const name = (id: string | undefined) => (id ? (names.get(id) ?? id) : "");
  const statements = new Map(evidence.statements.map((s) => [s.id, s]));
  const documents: SearchDocument[] = [];
  const add = (
    table: string,
    id: string,
    href: string | undefined,
    row: Omit<SearchDocument, "id" | "table" | "href">,
  ) => {
    if (href) documents.push({ id: `${table}:${id}`, table, href, ...row });
  };
  for (const e of evidence.events)
    add("events", e.id, to.event(e.id), {
      title: e.title,
      text: [e.summary, e.dateNote, ...e.actors.map(name)].filter(Boolean).join(" "),
      when: when(e.date),
    });
  for (const s of evidence.statements)
    add("statements", s.id, to.statement(s.id), {
      // The words whole, as typed (downloads hold a cell exactly); the box shows their start.
      title: `${name(s.speaker)}${s.onBehalfOf ? ` (${name(s.onBehalfOf)})` : ""}: ${s.text}`,
      text: s.medium ?? "",
      when: when(s.date),
    });
  for (const c of evidence.claims)
    add("claims", c.id, to.claim(c.id), {
      title: c.summary,
      text: [name(c.party), c.stance, c.topic].join(" "),
      when: when(c.statement ? statements.get(c.statement)?.date : undefined),
    });
  // A figure is shown under the sources it cites (the sources page lists what cites each source).
  for (const f of evidence.figures)
    add("figures", f.id, f.sources[0] ? to.source(f.sources[0]) : undefined, {
      title: `${f.subject}: ${formatQuantity(f.value, f.unit)}`,
      text: [f.scope, f.group].filter(Boolean).join(" "),
      when: when(f.asOf),
    });
  for (const s of evidence.sources)
    add("sources", s.id, to.source(s.id), {
      title: s.title ? `${s.outlet}: ${s.title}` : s.outlet,
      text: [s.kind, s.notes].filter(Boolean).join(" "),
      when: when(s.published),
    });
  return documents;
}
