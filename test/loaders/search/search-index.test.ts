import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { loadEvidence } from "../../../loaders/evidence.ts";
import type { Actor, PartialDate } from "../../../loaders/model.ts";
import { pageLinks } from "../../../loaders/render/evidence-html.ts";
import { routedLinks } from "../../../loaders/render/evidence-pages.ts";
import { searchDocuments } from "../../../loaders/search/documents.ts";
import { buildSearchIndex, searchIndexJson } from "../../../loaders/search/search-index.ts";
import { inSiteLocale, siteLocale } from "../../../loaders/site/locale.ts";
import {
  type SearchDocument,
  searchIndexOptions,
  searchQueryOptions,
} from "../../../src/shared/search-options.ts";
import { evidenceFrom } from "../evidence-from.ts";

const evidence = loadEvidence("test/fixtures/evidence/minimal");
const everywhere = pageLinks({
  timeline: "/timeline",
  statements: "/statements",
  claims: "/statements",
  sources: "/sources",
});

describe("searchDocuments(evidence, to)", () => {
  const documents = searchDocuments(evidence, everywhere);

  it("has every event, statement, claim, figure, source, actor and key moment, each with a unique id and a link to its row", () => {
    const tables = ["events", "statements", "claims", "figures", "sources", "actors", "annotations"] as const;
    expect(documents).toHaveLength(tables.reduce((n, t) => n + evidence[t].length, 0));
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    const event = evidence.events.rows()[0];
    expect(documents.find((d) => d.id === `events:${event?.id}`)).toMatchObject({
      table: "events",
      title: event?.title,
      href: `/timeline#${event?.id}`,
    });
    expect(documents.find((d) => d.table === "claims")?.href).toMatch(/^\/statements#claim--/);
  });

  it("writes a result's date as the site writes dates: in the site's locale, at its precision", () => {
    const statement = evidence.statements.find((s) => s.date.precision === "day");
    const id = `statements:${statement?.id}`;
    const de = inSiteLocale("de-DE", () => searchDocuments(evidence, everywhere)).find((d) => d.id === id);
    const en = documents.find((d) => d.id === id);
    expect(de?.when).toBe(inSiteLocale("de-DE", () => siteLocale().date(statement?.date as PartialDate)));
    expect(de?.when).not.toBe(en?.when);
  });

  it("links a figure to the entry of the source it cites, where the sources page lists it", () => {
    const figure = evidence.figures[0];
    expect(documents.find((d) => d.id === `figures:${figure?.id}`)?.href).toBe(
      `/sources#${figure?.sources[0]}`,
    );
  });

  it("leaves out rows no page shows: a result must lead somewhere", () => {
    const onlyTimeline = searchDocuments(evidence, pageLinks({ timeline: "/t" }));
    // Actors lead to their lanes and the event's key moment to its entry; the span of time has
    // no chart page here, nor a sources page to fall back on.
    expect(new Set(onlyTimeline.map((d) => d.table))).toEqual(new Set(["events", "actors", "annotations"]));
    const era = evidence.annotations.find((a) => a.target === undefined);
    expect(onlyTimeline.find((d) => d.id === `annotations:${era?.id}`)).toBeUndefined();
  });

  it("links rows of a split list to their numbered page", () => {
    const routed = routedLinks(pageLinks({ timeline: "/timeline" }), evidence);
    const event = evidence.events.rows()[0] as { id: string };
    expect(searchDocuments(evidence, routed).find((d) => d.id === `events:${event.id}`)?.href).toBe(
      routed.event(event.id),
    );
  });
});

describe("searchDocuments: actors and key moments", () => {
  const withComparison = pageLinks({ timeline: "/timeline", sources: "/sources", comparison: "/banks" });
  const actor = (id: string, kind: Actor["kind"]): Actor => ({ id, name: `Name of ${id}`, kind, extra: {} });
  const find = (documents: SearchDocument[], id: string) => documents.find((d) => d.id === id);

  it("finds an actor by name and kind (the enum's value and the site's word), linked to its comparison row when compared", () => {
    const bank = find(
      searchDocuments(evidence, withComparison, { comparedKind: "bank" }),
      "actors:example-bank",
    );
    expect(bank).toMatchObject({ table: "actors", title: "Example Bank", href: "/banks#example-bank" });
    expect(bank?.text).toContain("bank");
    expect(bank?.text).toContain("Banks");
    const de = inSiteLocale("de-DE", () => searchDocuments(evidence, withComparison));
    expect(find(de, "actors:example-bank")?.text).toContain("Banken");
  });

  it("links any other actor to the timeline showing its lane only, and leaves out one no page shows", () => {
    const more = evidenceFrom({
      ...evidence,
      actors: [...evidence.actors, actor("spokesperson", "person"), actor("bystander", "company")],
      events: evidence.events.rows().map((e) => ({ ...e, actors: [...e.actors, "spokesperson"] })),
    });
    const documents = searchDocuments(more, withComparison, { comparedKind: "regulator" });
    expect(find(documents, "actors:example-bank")?.href).toBe("/timeline?actors=example-bank");
    // A person with a firm in the same event is drawn in the firm's lane (compile/timeline/lanes.ts).
    expect(find(documents, "actors:spokesperson")?.href).toMatch(/^\/timeline\?actors=[a-z-]+$/);
    expect(find(documents, "actors:bystander")).toBeUndefined();
  });

  it("finds a key moment by its label and text, linked to where it is said in words", () => {
    const statement = evidence.statements[0]?.id as string;
    const figure = evidence.figures[0]?.id as string;
    const more = {
      ...evidence,
      annotations: [
        ...evidence.annotations,
        { id: "on-statement", target: statement, label: "Said", sources: ["example-report"], extra: {} },
        { id: "on-figure", target: figure, label: "Counted", sources: ["example-report"], extra: {} },
      ],
    };
    const documents = searchDocuments(more, everywhere, {
      chartPage: (id) => (id === "timeline" ? "/" : undefined),
    });
    const moment = evidence.annotations.find((a) => a.target === evidence.events.rows()[0]?.id);
    expect(find(documents, `annotations:${moment?.id}`)).toMatchObject({
      table: "annotations",
      title: moment?.label,
      text: moment?.text,
      href: `/timeline#${moment?.target}`,
    });
    const era = evidence.annotations.find((a) => a.target === undefined);
    expect(find(documents, `annotations:${era?.id}`)?.href).toBe("/#chart--timeline");
    expect(find(documents, "annotations:on-statement")?.href).toBe(`/timeline#statement--${statement}`);
    // A figure's key moment is listed in its source's entry, among the rows that cite it.
    expect(find(documents, "annotations:on-figure")?.href).toBe("/sources#example-report");
    // Without the chart's page, a span of time is found in its source's entry too.
    expect(find(searchDocuments(more, everywhere), `annotations:${era?.id}`)?.href).toBe(
      `/sources#${era?.sources[0]}`,
    );
  });

  it("leads from a query to them", () => {
    const index = buildSearchIndex(searchDocuments(evidence, everywhere));
    expect(index.search("example bank", searchQueryOptions).map((r) => r.id)).toContain(
      "actors:example-bank",
    );
    const moment = evidence.annotations[0];
    expect(index.search(moment?.label ?? "", searchQueryOptions).map((r) => r.id)).toContain(
      `annotations:${moment?.id}`,
    );
  });
});

describe("searchIndexJson(documents)", () => {
  const documents: SearchDocument[] = [
    {
      id: "events:a",
      table: "events",
      title: "Utility warned about lead",
      text: "pipes",
      when: "3 Mar 2019",
      href: "/timeline#a",
    },
    {
      id: "sources:b",
      table: "sources",
      title: "Gazette: Water report",
      text: "",
      when: "2019",
      href: "/sources#b",
    },
  ];

  it("loads in the browser's way (same options) and finds a row by a word of its text, with what a result shows", () => {
    const index = MiniSearch.loadJSON<SearchDocument>(searchIndexJson(documents), searchIndexOptions);
    const [found] = index.search("pipes", searchQueryOptions);
    expect(found).toMatchObject({
      id: "events:a",
      table: "events",
      title: "Utility warned about lead",
      when: "3 Mar 2019",
      href: "/timeline#a",
    });
  });

  it("finds the word the reader is still typing, and a near spelling", () => {
    const index = buildSearchIndex(documents);
    expect(index.search("warn", searchQueryOptions).map((r) => r.id)).toEqual(["events:a"]);
    expect(index.search("gazete", searchQueryOptions).map((r) => r.id)).toEqual(["sources:b"]);
  });

  it("needs every word of the query", () => {
    expect(buildSearchIndex(documents).search("water lead", searchQueryOptions)).toEqual([]);
  });
});
