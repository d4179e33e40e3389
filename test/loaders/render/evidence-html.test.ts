import { describe, expect, it } from "vitest";
import { compileClaimsMatrix } from "../../../loaders/compile/claims-matrix.ts";
import { compileComparison } from "../../../loaders/compile/comparison.ts";
import { compileSources } from "../../../loaders/compile/sources.ts";
import { compileStatements } from "../../../loaders/compile/statements.ts";
import { citations } from "../../../loaders/render/citations.ts";
import { comparisonTableHtml } from "../../../loaders/render/comparison-html.ts";
import { externalLinkHtml, pageLinks, partsNavHtml } from "../../../loaders/render/evidence-html.ts";
import { sourcesSplit } from "../../../loaders/render/evidence-pages.ts";
import { backlinksShown, listLimits, splitLimits } from "../../../loaders/render/limits.ts";
import {
  sourcePagesNavHtml,
  sourcesIndexHtml,
  sourcesListHtml,
} from "../../../loaders/render/sources-html.ts";
import {
  compareHtml,
  diffSideHtml,
  matrixHtml,
  reportedVsSaidHtml,
  statementGroupsHtml,
  statementsIndexHtml,
  statementsPartHtml,
} from "../../../loaders/render/statements-html.ts";
import { defaultSettings } from "../../../loaders/site/settings.ts";
import { escapeHtml } from "../../../src/shared/html.ts";
import { diffWords } from "../../../src/shared/word-diff.ts";
import { actor, claim, event, evidenceOf, figure, source, statement } from "../compile/rows.ts";

/** The shipped comparison: banks, with the default event kinds and columns. */
const bankSettings = { ...defaultSettings.comparison, kind: "bank", one: "Bank", many: "banks" } as const;
const all = pageLinks({
  timeline: "/timeline",
  statements: "/statements",
  claims: "/statements",
  sources: "/sources",
  comparison: "/banks",
});
const hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> ${alert(1)} `x` \" ' &amp;";

describe("escapeHtml(value) on data text", () => {
  it("escapes markup, quotes, $ and backticks", () => {
    expect(escapeHtml(hostile)).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &#36;{alert(1)} &#96;x&#96; &quot; &#39; &amp;amp;",
    );
  });

  it("writes line breaks as character references, so no blank line can end an HTML block", () => {
    expect(escapeHtml("one\n\ntwo\r\n")).toBe("one&#10;&#10;two&#13;&#10;");
  });
});

describe("externalLinkHtml(url, content)", () => {
  it("links an original over http(s), without a referrer", () => {
    expect(externalLinkHtml("https://example.org/a?b=<c>", "original")).toBe(
      '<a href="https://example.org/a?b=%3Cc%3E" rel="external noreferrer">original</a>',
    );
  });

  it("never links a javascript: or data: address", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      " javascript:alert(1)",
    ])
      expect(externalLinkHtml(url, "original")).toBeUndefined();
  });
});

describe("pageLinks(pages)", () => {
  it("links events to /timeline#<id> only when the site has a timeline", () => {
    expect(all.event("e1")).toBe("/timeline#e1");
    expect(pageLinks({ sources: "/sources" }).event("e1")).toBeUndefined();
  });

  it("links claims to their anchor on the statements page", () => {
    expect(all.claim("c1")).toBe("/statements#claim--c1");
  });
});

const hostileEvidence = evidenceOf({
  sources: [source("s1", { outlet: hostile, title: hostile })],
  actors: [actor("firm", "company", { name: hostile }), actor("bank", "bank", { name: hostile })],
  events: [event("e1", { title: hostile, actors: ["bank"], kind: "request" })],
  statements: [
    statement("st1", "firm", `${hostile}\n\n# heading`, {
      respondsTo: "e1",
      medium: hostile,
      notes: hostile,
    }),
    statement("st2", "firm", `${hostile} more`),
  ],
  claims: [claim("c1", "topic", "firm", "asserts", { summary: hostile, statement: "st1", notes: hostile })],
});

describe("the statements page's HTML with hostile text", () => {
  const html = [
    matrixHtml(compileClaimsMatrix(hostileEvidence)),
    compareHtml(compileStatements(hostileEvidence), all),
    statementGroupsHtml(compileStatements(hostileEvidence), all, citations(all, "statements")),
  ].join("");

  it("contains no tag, no $ and no backtick from the data", () => {
    expect(html).not.toMatch(/<script|<img|\$|`/);
  });

  it("has no blank line, so Markdown leaves each block alone", () => {
    expect(html).not.toMatch(/\n\s*\n/);
  });
});

describe("diffSideHtml(parts)", () => {
  it("marks deletions with <del> and insertions with <ins>, with words for screen readers", () => {
    const parts = diffWords("we talk", "we partner");
    expect(diffSideHtml(parts.filter((p) => p.op !== "insert"))).toBe(
      'we <del><span class="visually-hidden">[deleted: </span>talk<span class="visually-hidden">]</span></del>',
    );
    expect(diffSideHtml(parts.filter((p) => p.op !== "delete"))).toBe(
      'we <ins><span class="visually-hidden">[inserted: </span>partner<span class="visually-hidden">]</span></ins>',
    );
  });
});

describe("comparisonTableHtml(digest, links)", () => {
  it("shows a bank's first requests, folds the next ones and says how many more there are", () => {
    const many = listLimits.max + 3;
    const evidence = evidenceOf({
      actors: [actor("bank", "bank")],
      events: Array.from({ length: many }, (_, i) => event(`r${i}`, { kind: "request", actors: ["bank"] })),
    });
    const html = comparisonTableHtml(
      compileComparison(evidence, bankSettings),
      all,
      bankSettings,
      citations(all, "comparison"),
    );
    expect(html).toContain(`<summary>${listLimits.max - listLimits.visible} more</summary>`);
    expect(html).toContain("… and 3 more on the timeline.");
  });

  it("makes each bank's row addressable by the bank's id", () => {
    const html = comparisonTableHtml(
      compileComparison(hostileEvidence, bankSettings),
      all,
      bankSettings,
      citations(all, "comparison"),
    );
    expect(html).toContain('<tr id="bank"');
    expect(html).not.toMatch(/<script|<img|\$|`/);
  });
});

describe("comparisonTableHtml(digest, links) with many sources", () => {
  const bankQuoted = (sources: number) =>
    evidenceOf({
      sources: Array.from({ length: sources }, (_, i) => source(`s${i}`)),
      actors: [actor("bank", "bank")],
      statements: [
        statement("st1", "bank", "We said it.", {
          sources: Array.from({ length: sources }, (_, i) => `s${i}`),
        }),
      ],
    });
  const limit = listLimits.visible * 2;

  it(`cites up to ${limit} sources of a response on one line`, () => {
    const html = comparisonTableHtml(
      compileComparison(bankQuoted(limit), bankSettings),
      all,
      bankSettings,
      citations(all, "comparison"),
    );
    expect(html).toContain(`<span class="cites-label">Per:</span>`);
    expect(html).not.toContain("more in the evidence");
  });

  it(`states the count of ${limit + 1} and more sources and folds them`, () => {
    const html = comparisonTableHtml(
      compileComparison(bankQuoted(listLimits.max + 2), bankSettings),
      all,
      bankSettings,
      citations(all, "comparison"),
    );
    expect(html).toContain(`<span class="cites-label">Per</span> ${listLimits.max + 2} sources:`);
    expect(html).toContain(`<summary>${listLimits.max - listLimits.visible} more</summary>`);
    expect(html).toContain("… and 2 more in the evidence.");
  });
});

describe("sourcesListHtml(digest, links, figures): backlinks", () => {
  const citedBy = (events: number) =>
    compileSources(
      evidenceOf({
        events: Array.from({ length: events }, (_, i) => event(`e${String(i).padStart(3, "0")}`)),
      }),
    );

  it(`lists every backlink up to ${backlinksShown} and states the count`, () => {
    for (const n of [backlinksShown - 1, backlinksShown]) {
      const html = sourcesListHtml(citedBy(n), all, []);
      expect(html).toContain(`<h4>${n} events</h4>`);
      expect(html.match(/href="\/timeline#e\d+"/g)).toHaveLength(n);
      expect(html).not.toContain("not listed here");
    }
  });

  it(`shows the first ${backlinksShown} of more and says how many are left out and where they are`, () => {
    const html = sourcesListHtml(citedBy(backlinksShown + 1), all, []);
    expect(html).toContain(`<h4>${backlinksShown + 1} events</h4>`);
    expect(html.match(/href="\/timeline#e\d+"/g)).toHaveLength(backlinksShown);
    expect(html).toContain(
      `First ${backlinksShown} of ${backlinksShown + 1} shown; 1 more not listed here (every event lists its sources on the timeline and in events.csv).`,
    );
  });

  it("keeps only the entries of one page when given their ids", () => {
    const digest = compileSources(evidenceOf({ sources: [source("a"), source("b")] }));
    const html = sourcesListHtml(digest, all, [figure("f1")], ["b"]);
    expect(html).toContain('id="b"');
    expect(html).not.toContain('id="a"');
  });
});

describe("sourcesIndexHtml(digest, href) and sourcePagesNavHtml(digest, split)", () => {
  const evidence = evidenceOf({
    sources: Array.from({ length: splitLimits.sources.onePage + 1 }, (_, i) =>
      source(`s${String(i).padStart(3, "0")}`, { outlet: hostile, title: hostile }),
    ),
  });
  const digest = compileSources(evidence);
  const split = sourcesSplit(evidence);

  it("keeps each source's id as its anchor, links its full entry and states what cites it", () => {
    const html = sourcesIndexHtml(digest, (id) => `${split.pathOf.get(id)}#${id}`);
    expect(html).toContain('<li id="s000"><a href="/sources/1#s000">');
    expect(html).toContain("; not cited</li>");
    expect(html.match(/<li /g)).toHaveLength(splitLimits.sources.onePage + 1);
  });

  it("names each page and counts its sources; the current page is not a link", () => {
    const html = sourcePagesNavHtml(digest, split, 1);
    expect(html).toContain('<a href="/sources/1">');
    expect(html).toContain(`(${splitLimits.sources.perPage} sources)`);
    expect(html).toContain('<strong aria-current="page">');
    expect(html).not.toContain('href="/sources/2"');
  });

  it("tells apart pages that one outlet fills by the dates they span", () => {
    const many = evidenceOf({
      sources: Array.from({ length: 4 * splitLimits.sources.perPage }, (_, i) =>
        source(`g${String(i).padStart(3, "0")}`, {
          outlet: "Gazette",
          published: { iso: `${2000 + Math.floor(i / 10)}`, precision: "year" },
        }),
      ),
    });
    const html = sourcePagesNavHtml(compileSources(many), sourcesSplit(many));
    const names = [...html.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual([
      "Gazette, 2000 to 2004 (50 sources)",
      "Gazette, 2005 to 2009 (50 sources)",
      "Gazette, 2010 to 2014 (50 sources)",
      "Gazette, 2015 to 2019 (50 sources)",
    ]);
  });

  it("escapes every value from the data", () => {
    const html = sourcesIndexHtml(digest, (id) => `#${id}`) + sourcePagesNavHtml(digest, split);
    expect(html).not.toMatch(/<script|<img|\$|`/);
  });
});

describe("partsNavHtml(label, parts, current)", () => {
  it("adds the page's number to a name that two pages share, and only then", () => {
    const html = partsNavHtml(
      "Pages of statements",
      [
        { path: "/statements/1", name: "6 Aug 2018 (100 statements)" },
        { path: "/statements/2", name: "7 Aug 2018 (100 statements)" },
        { path: "/statements/3", name: "7 Aug 2018 (100 statements)" },
      ],
      2,
    );
    expect(html).toContain('<a href="/statements/1">6 Aug 2018 (100 statements)</a>');
    expect(html).toContain('<a href="/statements/2">7 Aug 2018 (100 statements), page 2</a>');
    expect(html).toContain('<strong aria-current="page">7 Aug 2018 (100 statements), page 3</strong>');
  });
});

describe("the statements page's HTML when split", () => {
  const matrix = compileClaimsMatrix(hostileEvidence);
  const digest = compileStatements(hostileEvidence);

  it("reportedVsSaidHtml(matrix, links, {claimsPage}) states each answer's claims and links to them", () => {
    const html = reportedVsSaidHtml(matrix, all, citations(all, "claims"), {
      claimsPage: () => "/statements/topics-1",
    });
    expect(html).toContain(
      '<a href="/statements/topics-1#said--topic--firm">1 claim, with quotes and sources</a>',
    );
    expect(html).not.toContain('class="claim"');
    expect(html).toContain('id="said--topic--firm"');
  });

  it("reportedVsSaidHtml(matrix, links, {topics, statementHref}) shows those topics' claims in full", () => {
    const html = reportedVsSaidHtml(matrix, all, citations(all, "claims"), {
      topics: new Set(["topic"]),
      statementHref: all.statement,
    });
    expect(html).toContain('id="claim--c1"');
    expect(html).toContain('<a href="/statements#st1">the statement in full</a>');
    expect(reportedVsSaidHtml(matrix, all, citations(all, "claims"), { topics: new Set() })).toBe("");
  });

  it("compareHtml(digest, {split}) lists only the default pair until the browser loads the rest", () => {
    const html = compareHtml(digest, all, { split: true });
    expect(html).toContain("data-split");
    expect(html.match(/<option /g)).toHaveLength(4);
  });

  it("statementsIndexHtml and statementsPartHtml keep anchors, name the event answered and escape", () => {
    const index = statementsIndexHtml(digest, (id) => `/statements/1#${id}`);
    expect(index).toContain('<li id="st1"><a href="/statements/1#st1">');
    const part = statementsPartHtml(digest.statements, all, citations(all, "statements"));
    expect(part).toContain('In response to <a href="/timeline#e1">');
    for (const html of [index, part]) {
      expect(html).not.toMatch(/<script|<img|\$|`/);
      expect(html).not.toMatch(/\n\s*\n/);
    }
  });
});
