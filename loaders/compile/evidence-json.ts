// Evidence as the site's data loader prints it: plain JSON, in a deterministic order so the
// same CSVs always build the same page (and diffs of the output mean something).
import type { Evidence, PartialDate } from "../model.ts";

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated rows first by date (ISO text: 2018 < 2018-08 < 2018-08-06), undated last, then by id. */
function byDate<T extends { id: string }>(date: (row: T) => PartialDate | undefined) {
  return (a: T, b: T): number => {
    const da = date(a)?.iso;
    const db = date(b)?.iso;
    if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : byText(da, db);
    return byText(a.id, b.id);
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return byText(a.id, b.id);
}

/** A sorted copy, safe to JSON.stringify: sources by date published, actors by id, events and statements by date, claims by topic, figures by subject. */
export function compileEvidence(e: Evidence): Evidence {
  return {
    sources: [...e.sources].sort(byDate((s) => s.published)),
    actors: [...e.actors].sort(byId),
    events: [...e.events].sort(byDate((d) => d.date)),
    statements: [...e.statements].sort(byDate((s) => s.date)),
    claims: [...e.claims].sort((a, b) => byText(a.topic, b.topic) || byId(a, b)),
    figures: [...e.figures].sort(
      (a, b) => byText(a.subject, b.subject) || byDate<typeof a>((f) => f.asOf)(a, b),
    ),
  };
}
