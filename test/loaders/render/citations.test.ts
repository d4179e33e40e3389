import { describe, expect, it } from "vitest";
import type { SourceRef } from "../../../loaders/compile/sources.ts";
import { citations, referenceAnchor } from "../../../loaders/render/citations.ts";
import { pageLinks } from "../../../loaders/render/evidence-html.ts";
import { date } from "../compile/rows.ts";

const to = pageLinks({ sources: "/sources" });
const gazette: SourceRef = {
  id: "gazette",
  outlet: "Gazette",
  title: "Water <rates>",
  published: date("2024-03-01"),
};
const herald: SourceRef = {
  id: "herald",
  outlet: "Herald",
  url: "https://example.org/h",
  published: date("2024-03"),
};
const wire: SourceRef = { id: "wire", outlet: "Wire & Co" };

/** The numbers a cite shows, in order. */
const numbers = (html: string) =>
  [...html.matchAll(/<a class="ref"[^>]*>(\d+)<\/a>/g)].map((m) => Number(m[1]));

describe("citations(links, block).cite(sources, label)", () => {
  it("numbers sources in the order the block first cites them, and keeps a source's number", () => {
    const refs = citations(to, "block");
    expect(numbers(refs.cite([herald, gazette]))).toEqual([1, 2]);
    expect(numbers(refs.cite([wire, gazette]))).toEqual([2, 3]);
    expect(numbers(refs.cite([herald]))).toEqual([1]);
  });

  it("cites a source listed twice in one cell once", () => {
    const refs = citations(to, "block");
    expect(numbers(refs.cite([gazette, herald, gazette]))).toEqual([1, 2]);
  });

  it("links each number to the source's entry, named 'Source n' and described by its list entry", () => {
    const html = citations(to, "block").cite([gazette]);
    expect(html).toBe(
      '<p class="cites"><span class="cites-label">Source:</span> <span class="refs"><a class="ref" href="/sources#gazette" aria-label="Source 1" aria-describedby="ref--block--1--name">1</a></span></p>',
    );
  });

  it("links to the block's own list when the site has no sources page", () => {
    const html = citations(pageLinks({}), "block").cite([gazette]);
    expect(html).toContain(`href="#${referenceAnchor("block", 1)}"`);
  });

  it("takes a label, none when given '', and says when no source was given", () => {
    const refs = citations(to, "block");
    expect(refs.cite([gazette, herald], "Per")).toContain('<span class="cites-label">Per:</span>');
    expect(refs.cite([gazette], "")).not.toContain("cites-label");
    expect(refs.cite([])).toBe('<p class="cites">No source given.</p>');
  });
});

describe("citations(links, block).listHtml()", () => {
  it("is empty when the block cited nothing", () => {
    expect(citations(to, "block").listHtml()).toBe("");
  });

  it("lists each cited source once, in number order, with outlet, title and date, escaped", () => {
    const refs = citations(to, "block");
    refs.cite([herald, gazette]);
    refs.cite([gazette, wire]);
    const list = refs.listHtml();
    expect(list.match(/<li /g)).toHaveLength(3);
    expect(list).toContain("<summary>Sources cited above (3)</summary>");
    expect(list.indexOf('id="ref--block--1"')).toBeLessThan(list.indexOf('id="ref--block--2"'));
    expect(list).toContain(
      '<li id="ref--block--2"><span class="ref-name" id="ref--block--2--name"><span class="ref-outlet"><a href="/sources#gazette">Gazette</a></span>, <cite class="ref-title" dir="auto">Water &lt;rates&gt;</cite>, <span class="ref-date"><time datetime="2024-03-01">Mar 1, 2024</time></span></span></li>',
    );
  });

  it("names a source without a title by outlet and date, with no title element and no placeholder", () => {
    const refs = citations(to, "block");
    refs.cite([herald, wire]);
    const list = refs.listHtml();
    expect(list).toContain(
      '<span class="ref-name" id="ref--block--1--name"><span class="ref-outlet"><a href="/sources#herald">Herald</a></span>, <span class="ref-date"><time datetime="2024-03">March 2024</time></span></span>',
    );
    expect(list).toContain(
      '<span class="ref-outlet"><a href="/sources#wire">Wire &amp; Co</a></span></span>',
    );
    expect(list).not.toContain("ref-title");
    expect(list).toContain(
      '(<a href="https://example.org/h" rel="external noreferrer">original<span class="visually-hidden"> at Herald</span></a>)',
    );
  });

  it("gives every number a description that exists in the list", () => {
    const refs = citations(to, "b");
    const cells = [refs.cite([gazette, herald]), refs.cite([wire])].join("");
    const list = refs.listHtml();
    for (const [, id] of cells.matchAll(/aria-describedby="([^"]+)"/g)) expect(list).toContain(`id="${id}"`);
  });
});
