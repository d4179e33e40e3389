import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { loadEvidence } from "../../../loaders/evidence.ts";
import type { PartialDate } from "../../../loaders/model.ts";
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

const evidence = loadEvidence("test/fixtures/evidence/minimal");
const everywhere = pageLinks({
  timeline: "/timeline",
  statements: "/statements",
  claims: "/statements",
  sources: "/sources",
});

describe("searchDocuments(evidence, to)", () => {
  const documents = searchDocuments(evidence, everywhere);

  it("has every event, statement, claim, figure and source, each with a unique id and a link to its row", () => {
    const tables = ["events", "statements", "claims", "figures", "sources"] as const;
    expect(documents).toHaveLength(tables.reduce((n, t) => n + evidence[t].length, 0));
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    const event = evidence.events[0];
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
    expect(new Set(onlyTimeline.map((d) => d.table))).toEqual(new Set(["events"]));
  });

  it("links rows of a split list to their numbered page", () => {
    const routed = routedLinks(pageLinks({ timeline: "/timeline" }), evidence);
    const event = evidence.events[0] as { id: string };
    expect(searchDocuments(evidence, routed).find((d) => d.id === `events:${event.id}`)?.href).toBe(
      routed.event(event.id),
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
