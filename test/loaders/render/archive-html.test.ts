import { describe, expect, it } from "vitest";
import { entryHtml, listContext } from "../../../loaders/charts/timeline/list.ts";
import { compileClaimsMatrix } from "../../../loaders/compile/claims-matrix.ts";
import { compileComparison } from "../../../loaders/compile/comparison.ts";
import { compileSources, sourceRef } from "../../../loaders/compile/sources.ts";
import { compileTimeline } from "../../../loaders/compile/timeline.ts";
import { archivedOn } from "../../../loaders/format/archived-on.ts";
import { archiveHtml, quoteLinksHtml } from "../../../loaders/render/archive-html.ts";
import { citations } from "../../../loaders/render/citations.ts";
import { comparisonTableHtml } from "../../../loaders/render/comparison-html.ts";
import { archivedLinkHtml, pageLinks, sourceLinkHtml } from "../../../loaders/render/evidence-html.ts";
import { sourcesListHtml } from "../../../loaders/render/sources-html.ts";
import { reportedVsSaidHtml } from "../../../loaders/render/statements-html.ts";
import { defaultSettings } from "../../../loaders/site/settings.ts";
import { actor, claim, date, event, evidenceOf, source, statement } from "../compile/rows.ts";

const live = "https://example.org/a";
const archived = source("archived", {
  url: live,
  archiveUrl: "https://web.archive.org/web/20180806123456/https://example.org/a",
  accessed: date("2018-08-07"),
});
const unarchived = source("unarchived", { url: live, published: date("2018-08") });
const perma = source("perma", {
  url: live,
  archiveUrl: "https://perma.cc/ABCD-1234",
  accessed: date("2019-01-02"),
});
const to = pageLinks({ sources: "/sources" });

describe("archivedOn(source)", () => {
  it("reads the day from a Wayback Machine address, else takes the day the page was seen", () => {
    expect(archivedOn(archived)).toEqual(date("2018-08-06"));
    expect(archivedOn(perma)).toEqual(date("2019-01-02"));
    expect(archivedOn(source("x", { archiveUrl: "https://archive.ph/abc" }))).toBeUndefined();
  });
});

describe("archivedLinkHtml(source, quote)", () => {
  it('links "archived <date>" to the copy, naming the outlet for screen readers', () => {
    expect(archivedLinkHtml(archived)).toBe(
      '<a href="https://web.archive.org/web/20180806123456/https://example.org/a" rel="external noreferrer">archived Aug 6, 2018<span class="visually-hidden"> of Outlet archived</span></a>',
    );
    expect(archivedLinkHtml(source("x", { archiveUrl: "https://archive.ph/abc" }))).toContain(
      ">archived copy<",
    );
  });

  it("is undefined without an archived copy", () => {
    expect(archivedLinkHtml(unarchived)).toBeUndefined();
  });
});

describe("archiveHtml(source)", () => {
  it("offers a source without a copy a Wayback Machine look-up near its date, labelled as a look-up", () => {
    const html = archiveHtml(unarchived);
    expect(html).toContain("no archived copy recorded");
    expect(html).toContain('href="https://web.archive.org/web/201808/https://example.org/a"');
    expect(html).toContain(">look it up in the Wayback Machine<");
    expect(html).not.toContain("archived Aug");
  });

  it("says nothing for a source with no address at all", () => {
    expect(archiveHtml(source("paper"))).toBe("");
  });
});

describe("quoteLinksHtml(quote, sources)", () => {
  it("links each source's outlet and archived copy to the quote's words with a text fragment", () => {
    const html = quoteLinksHtml("We don't sell people's data, even if it's often reported.", [
      sourceRef(archived),
      sourceRef(source("no-address")),
    ]);
    expect(html).toBe(
      '<p class="quote-links"><span class="quote-links-label">The quote at its source:</span> <a href="https://example.org/a#:~:text=We%20don%27t%20sell%20people%27s,if%20it%27s%20often%20reported" rel="external noreferrer">Outlet archived</a> (<a href="https://web.archive.org/web/20180806123456/https://example.org/a#:~:text=We%20don%27t%20sell%20people%27s,if%20it%27s%20often%20reported" rel="external noreferrer">archived Aug 6, 2018<span class="visually-hidden"> of Outlet archived</span></a>)</p>',
    );
  });

  it("is empty when no source has an address", () => {
    expect(quoteLinksHtml("Words.", [sourceRef(source("no-address"))])).toBe("");
  });
});

describe("a source is linked with its archived copy wherever it is shown", () => {
  it("on the sources page: the live address, the copy and the day it was seen", () => {
    const html = sourcesListHtml(compileSources(evidenceOf({ sources: [archived] })), to, []);
    expect(html).toContain(
      `Link: <a href="${live}" rel="external noreferrer">${live}</a> · <span class="archive"><a`,
    );
    expect(html).toContain("seen Aug 7, 2018");
  });

  it("in a one-line citation and in a block's list of references", () => {
    expect(sourceLinkHtml(sourceRef(archived), to)).toContain(">archived Aug 6, 2018<");
    const refs = citations(to, "test");
    refs.cite([sourceRef(archived)]);
    expect(refs.listHtml()).toContain(">archived Aug 6, 2018<");
  });
});

describe("a quote links to its own words at its sources wherever it is shown", () => {
  const words = "We never sold a single record, whatever the reports say.";
  const fragment = "#:~:text=We%20never%20sold%20a,whatever%20the%20reports%20say";
  const evidence = evidenceOf({
    sources: [archived],
    actors: [actor("bank", "bank"), actor("paper", "publication")],
    statements: [statement("said", "bank", words, { sources: ["archived"] })],
    claims: [
      claim("reported", "sales", "paper", "asserts"),
      claim("denied", "sales", "bank", "denies", { statement: "said", sources: ["archived"] }),
    ],
  });
  const everyPage = pageLinks({ timeline: "/timeline", statements: "/statements", sources: "/sources" });
  const expectQuoteLinks = (html: string) => {
    expect(html).toContain(`<p class="quote-links">`);
    expect(html).toContain(`href="${live}${fragment}"`);
    expect(html).toContain(`href="${archived.archiveUrl}${fragment}"`);
  };

  it("in the timeline's list (and so in the live timeline's card, a copy of the entry)", () => {
    const [item] = compileTimeline(evidence).items;
    if (!item) throw new Error("no item");
    expectQuoteLinks(entryHtml(item, listContext(evidence, everyPage)));
  });

  it("in a claim that quotes a statement (the matrix's answers and the dialog copying them)", () => {
    const refs = citations(everyPage, "claims");
    expectQuoteLinks(reportedVsSaidHtml(compileClaimsMatrix(evidence), everyPage, refs));
  });

  it("not in the comparison table's cells, which cite by number and keep links to originals in the list below", () => {
    const settings = { ...defaultSettings.comparison, kind: "bank", one: "Bank", many: "banks" } as const;
    const digest = compileComparison(evidence, settings);
    const html = comparisonTableHtml(digest, everyPage, settings, citations(everyPage, "comparison"));
    expect(html).toContain(words);
    expect(html).not.toContain("quote-links");
  });

  it("not for an event, which has no quote", () => {
    const events = evidenceOf({
      sources: [archived],
      events: [event("e", { summary: words, sources: ["archived"] })],
    });
    const [item] = compileTimeline(events).items;
    if (!item) throw new Error("no item");
    expect(entryHtml(item, listContext(events, everyPage))).not.toContain("quote-links");
  });
});
