import { describe, expect, it } from "vitest";
import { compileBanks } from "../../../loaders/compile/banks.ts";
import { compileClaimsMatrix } from "../../../loaders/compile/claims-matrix.ts";
import { compileStatements } from "../../../loaders/compile/statements.ts";
import { diffWords } from "../../../loaders/compile/word-diff.ts";
import { banksTableHtml, listLimits } from "../../../loaders/render/banks-html.ts";
import { pageLinks, sourceLinkHtml, sourcesLineHtml, text } from "../../../loaders/render/evidence-html.ts";
import {
  compareHtml,
  diffSideHtml,
  matrixHtml,
  statementGroupsHtml,
} from "../../../loaders/render/statements-html.ts";
import { actor, claim, event, evidenceOf, source, statement } from "../compile/rows.ts";

const all = pageLinks(new Set(["timeline", "statements", "sources", "banks"]));
const hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> ${alert(1)} `x` \" ' &amp;";

describe("text(value)", () => {
  it("escapes markup, quotes, $ and backticks", () => {
    expect(text(hostile)).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &#36;{alert(1)} &#96;x&#96; &quot; &#39; &amp;amp;",
    );
  });

  it("writes line breaks as character references, so no blank line can end an HTML block", () => {
    expect(text("one\n\ntwo\r\n")).toBe("one&#10;&#10;two&#13;&#10;");
  });
});

describe("sourceLinkHtml(source, links)", () => {
  it("links the source's entry and its original over http(s), without a referrer", () => {
    expect(sourceLinkHtml({ id: "s1", outlet: "Paper", url: "https://example.org/a?b=<c>" }, all)).toBe(
      '<cite class="source-ref"><a href="/sources#s1">Paper</a></cite> <span class="original">(<a href="https://example.org/a?b=%3Cc%3E" rel="external noreferrer">original<span class="visually-hidden"> at Paper</span></a>)</span>',
    );
  });

  it("never links a javascript: or data: address", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      " javascript:alert(1)",
    ])
      expect(sourceLinkHtml({ id: "s1", outlet: "Paper", url }, all)).not.toContain("original");
  });

  it("names the source without a link when the site has no sources page", () => {
    expect(sourceLinkHtml({ id: "s1", outlet: "Paper" }, pageLinks(new Set()))).toBe(
      '<cite class="source-ref">Paper</cite>',
    );
  });
});

describe("sourcesLineHtml(sources, links)", () => {
  it("says 'Source' for one, 'Sources' for more, and when there is none", () => {
    expect(sourcesLineHtml([{ id: "a", outlet: "A" }], all)).toContain("Source:</span>");
    expect(
      sourcesLineHtml(
        [
          { id: "a", outlet: "A" },
          { id: "b", outlet: "B" },
        ],
        all,
      ),
    ).toContain("Sources:</span>");
    expect(sourcesLineHtml([], all)).toBe('<p class="cites">No source given.</p>');
  });
});

describe("pageLinks(pages)", () => {
  it("links events to /timeline#<id> only when the site has a timeline", () => {
    expect(all.event("e1")).toBe("/timeline#e1");
    expect(pageLinks(new Set(["sources"])).event("e1")).toBeUndefined();
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
    compareHtml(compileStatements(hostileEvidence)),
    statementGroupsHtml(compileStatements(hostileEvidence), all),
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

describe("banksTableHtml(digest, links)", () => {
  it("shows a bank's first requests, folds the next ones and says how many more there are", () => {
    const many = listLimits.max + 3;
    const evidence = evidenceOf({
      actors: [actor("bank", "bank")],
      events: Array.from({ length: many }, (_, i) => event(`r${i}`, { kind: "request", actors: ["bank"] })),
    });
    const html = banksTableHtml(compileBanks(evidence), all);
    expect(html).toContain(`<summary>${listLimits.max - listLimits.visible} more</summary>`);
    expect(html).toContain("… and 3 more on the timeline page.");
  });

  it("makes each bank's row addressable by the bank's id", () => {
    const html = banksTableHtml(compileBanks(hostileEvidence), all);
    expect(html).toContain('<tr id="bank"');
    expect(html).not.toMatch(/<script|<img|\$|`/);
  });
});
