import { describe, expect, it } from "vitest";
import type { Evidence } from "../../../loaders/model.ts";
import { pageLinks } from "../../../loaders/render/evidence-html.ts";
import {
  chunk,
  claimsSplit,
  routedLinks,
  sourcesSplit,
  statementsSplit,
} from "../../../loaders/render/evidence-pages.ts";
import { openListLimit, splitLimits } from "../../../loaders/render/limits.ts";
import { claim, date, event, evidenceOf, source, statement } from "../compile/rows.ts";

const all = pageLinks({
  timeline: "/timeline",
  statements: "/statements",
  claims: "/statements",
  sources: "/sources",
  comparison: "/banks",
});
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`);
const withSources = (n: number): Evidence => evidenceOf({ sources: ids("s", n).map((id) => source(id)) });
const withStatements = (n: number): Evidence =>
  evidenceOf({ statements: ids("st", n).map((id) => statement(id, "firm", `Words of ${id}`)) });
/** `perTopic[i]` claims on topic t<i>. */
const withClaims = (...perTopic: number[]): Evidence =>
  evidenceOf({
    claims: perTopic.flatMap((n, t) => ids(`c${t}-`, n).map((id) => claim(id, `t${t}`, "firm", "asserts"))),
  });

describe("chunk(items, size)", () => {
  it("cuts a list into runs of `size`, the last one shorter", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });
});

describe("sourcesSplit(evidence)", () => {
  const { onePage, perPage } = splitLimits.sources;

  it(`keeps ${onePage} sources, and fewer, on one page`, () => {
    for (const n of [onePage - 1, onePage]) {
      const split = sourcesSplit(withSources(n));
      expect(split.split).toBe(false);
      expect(split.paths).toEqual([]);
    }
  });

  it(`splits ${onePage + 1} sources into pages of ${perPage}, every source on exactly one`, () => {
    const split = sourcesSplit(withSources(onePage + 1));
    expect(split.split).toBe(true);
    expect(split.paths).toEqual(["/sources/1", "/sources/2", "/sources/3", "/sources/4"]);
    expect(split.parts.map((p) => p.length)).toEqual([perPage, perPage, perPage, 1]);
    expect(split.pathOf.size).toBe(onePage + 1);
    expect(split.pathOf.get("s0000")).toBe("/sources/1");
    expect(split.pathOf.get(`s${String(onePage).padStart(4, "0")}`)).toBe("/sources/4");
  });
});

describe("statementsSplit(evidence)", () => {
  const { onePage, perPage } = splitLimits.statements;

  it(`keeps ${onePage} statements on one page and splits ${onePage + 1} into pages of ${perPage}`, () => {
    expect(statementsSplit(withStatements(onePage)).split).toBe(false);
    const split = statementsSplit(withStatements(onePage + 1));
    expect(split.paths).toEqual(["/statements/1", "/statements/2", "/statements/3"]);
    expect(split.parts.map((p) => p.length)).toEqual([perPage, perPage, 1]);
  });
});

describe("claimsSplit(evidence)", () => {
  const { onePage, perPage } = splitLimits.claims;

  it(`keeps ${onePage} claims on one page`, () => {
    expect(claimsSplit(withClaims(onePage)).split).toBe(false);
  });

  it("packs whole topics into pages of up to perPage claims; a larger topic gets its own page", () => {
    const split = claimsSplit(withClaims(perPage / 2, perPage / 2, 1, perPage + 50));
    expect(split.parts).toEqual([["t0", "t1"], ["t2"], ["t3"]]);
    expect(split.paths).toEqual(["/statements/topics-1", "/statements/topics-2", "/statements/topics-3"]);
    expect(split.pathOf.get("t3")).toBe("/statements/topics-3");
    expect(split.pathOf.get("c1-0000")).toBe("/statements/topics-1");
  });
});

describe("routedLinks(links, evidence)", () => {
  it("leaves every link as it is when nothing is split", () => {
    const to = routedLinks(all, withSources(3));
    expect(to.source("s0001")).toBe("/sources#s0001");
    expect(to.statement("st1")).toBe("/statements#st1");
    expect(to.claim("c1")).toBe("/statements#claim--c1");
    expect(to.event("e1")).toBe("/timeline#e1");
  });

  it("links a source, a statement and a claim to their numbered page when split", () => {
    const evidence: Evidence = {
      ...withSources(splitLimits.sources.onePage + 1),
      statements: withStatements(splitLimits.statements.onePage + 1).statements,
      claims: withClaims(splitLimits.claims.onePage + 1).claims,
    };
    const to = routedLinks(all, evidence);
    expect(to.source("s0060")).toBe("/sources/2#s0060");
    expect(to.statement("st0100")).toBe("/statements/2#st0100");
    expect(to.claim("c0-0000")).toBe("/statements/topics-1#claim--c0-0000");
  });

  it("links an event to its year's timeline page when the timeline is split by year", () => {
    const events = (n: number) =>
      evidenceOf({
        events: ids("e", n).map((id, i) => event(id, { date: date(i % 2 ? "2018-03-01" : "2017-05-01") })),
      });
    expect(routedLinks(all, events(openListLimit)).event("e0001")).toBe("/timeline#e0001");
    const to = routedLinks(all, events(openListLimit + 1));
    expect(to.event("e0001")).toBe("/timeline/2018#e0001");
    expect(to.event("e0002")).toBe("/timeline/2017#e0002");
  });

  it("links nothing to a page the site does not have", () => {
    const to = routedLinks(pageLinks({}), withSources(splitLimits.sources.onePage + 1));
    expect(to.source("s0001")).toBeUndefined();
  });
});
