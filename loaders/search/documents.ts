// What the site search finds: every event, statement, claim, figure, source, actor and key
// moment (annotation), with the words it is found by and the place it lives (loaders/site/plan.ts
// decides which page, and the routed links which numbered page). A row with no page to show it
// is left out: a result must lead somewhere.

import type { ActorKind } from "../../src/shared/enums.ts";
import type { SearchDocument } from "../../src/shared/search-options.ts";
import { actorKindGroup, compileTimeline, statementItemId } from "../compile/timeline.ts";
import { tableIds } from "../events/table-rows.ts";
import { formatQuantity } from "../format/number.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import type { Annotation, Evidence, PartialDate } from "../model.ts";
import type { PageLinks } from "../render/evidence-html.ts";

/** What the links alone do not say: which actors the comparison shows, where each chart is. */
export interface SearchPlaces {
  /** The actor kind the comparison table has a row for. */
  comparedKind?: ActorKind;
  /** The page that shows a chart (by registry id), if any. */
  chartPage?(id: string): string | undefined;
}

const when = (date: PartialDate | undefined) => (date ? formatPartialDate(date) : "");

/**
 * Every row the search can lead to, in table order (events, statements, claims, figures, sources),
 * then actors and key moments.
 */
export function searchDocuments(
  evidence: Evidence,
  to: PageLinks,
  places: SearchPlaces = {},
): SearchDocument[] {
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
  for (const e of evidence.events.rows())
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
  const timeline = to.page("timeline");
  // An actor leads to its row of the comparison, else to the timeline showing only its lane
  // (an actor folded into another's lane, a spokesperson into their firm's, shows that lane).
  const laneOf = new Map(
    (timeline ? compileTimeline(evidence).lanes : []).flatMap((lane) =>
      lane.members.map((id) => [id, lane.id]),
    ),
  );
  for (const a of evidence.actors) {
    const lane = laneOf.get(a.id);
    const compared = a.kind === places.comparedKind ? to.compared(a.id) : undefined;
    add("actors", a.id, compared ?? (lane ? `${timeline}?actors=${encodeURIComponent(lane)}` : undefined), {
      title: a.name,
      text: [a.kind, actorKindGroup(a.kind), name(a.affiliation)].filter(Boolean).join(" "),
      when: "",
    });
  }
  const momentHref = keyMomentHref(evidence, to, timeline, places.chartPage?.("timeline"));
  for (const a of evidence.annotations)
    add("annotations", a.id, momentHref(a), { title: a.label, text: a.text ?? "", when: when(a.date) });
  return documents;
}

/**
 * Where a key moment is said in words: in the timeline entry of the event or statement it is on,
 * under the timeline chart for a span of time; else (a figure's, or no such page) among the
 * rows its first source's entry lists.
 */
function keyMomentHref(
  evidence: Evidence,
  to: PageLinks,
  timeline: string | undefined,
  chart: string | undefined,
): (a: Annotation) => string | undefined {
  const events = new Set(tableIds(evidence, "events"));
  const statements = new Set(evidence.statements.map((s) => s.id));
  const shown = (a: Annotation) => {
    if (a.target === undefined) return chart === undefined ? undefined : `${chart}#chart--timeline`;
    if (events.has(a.target)) return to.event(a.target);
    // The live timeline opens a statement's entry from its hash, on a year's page too.
    if (statements.has(a.target) && timeline !== undefined) return `${timeline}#${statementItemId(a.target)}`;
    return undefined;
  };
  return (a) => shown(a) ?? (a.sources[0] === undefined ? undefined : to.source(a.sources[0]));
}
