// A corrected row says "Corrected <date>" with the text wherever it is shown, through one renderer;
// a row never corrected shows no note. The minimal fixture corrects its statement, its figure and
// its event; smaller evidence covers what it does not show (a comparison row, a headline figure).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildChart, findChart } from "../../../loaders/charts/registry.ts";
import { compileComparison } from "../../../loaders/compile/comparison.ts";
import { correctionsOf } from "../../../loaders/compile/corrections.ts";
import { sourceRefs } from "../../../loaders/compile/sources.ts";
import { compileStatements } from "../../../loaders/compile/statements.ts";
import type { Evidence } from "../../../loaders/model.ts";
import { citations } from "../../../loaders/render/citations.ts";
import { comparisonTableHtml } from "../../../loaders/render/comparison-html.ts";
import {
  correctedHtml,
  correctedRowsHtml,
  noCorrectionLinks,
} from "../../../loaders/render/corrections-html.ts";
import { embedPageHtml } from "../../../loaders/render/embed-page.ts";
import { type PageLinks, pageLinks } from "../../../loaders/render/evidence-html.ts";
import { compareEntries, compareHtml } from "../../../loaders/render/statements-html.ts";
import { loadInvestigation } from "../../../loaders/site/investigation.ts";
import { renderSitePage } from "../../../loaders/site/render-page.ts";
import { defaultSettings } from "../../../loaders/site/settings.ts";
import { actor, date, event, evidenceOf, figure, source, statement } from "../compile/rows.ts";

const minimal = "test/fixtures/evidence/minimal";
const work = mkdtempSync(join(tmpdir(), "dossier-corrected-rows-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The minimal folder, changed: `edit` gets its directory. */
function copyOfMinimal(name: string, edit: (dir: string) => void): string {
  const dir = join(work, name);
  cpSync(minimal, dir, { recursive: true });
  edit(dir);
  return dir;
}

const notes = {
  statement:
    "Corrected Aug 9, 2018: An earlier version dated this statement 6 August; it was made on 7 August.",
  figure:
    "Corrected Aug 10, 2018: An earlier version gave this figure as 78,000,000; the source says 87,000,000.",
  event: "Corrected Aug 8, 2018: An earlier version said the report came on the 7th; it came on the 6th.",
};

/** The text a reader sees in a piece of HTML (tags out, the fixture's few entities decoded). */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The element that starts with `start`, up to (not including) the first `end` after it. */
function part(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  expect(from, `${start} in the page`).toBeGreaterThanOrEqual(0);
  return html.slice(from, html.indexOf(end, from));
}

const correction = (id: string, target: string, iso: string) => ({
  id,
  date: date(iso),
  target,
  text: `Fixed ${target}.`,
  sources: ["s1"],
  extra: {},
});

/** Links for a block of `evidence`, with its corrections, as routedLinks gives a page. */
function linksFor(evidence: Evidence): PageLinks {
  const to = pageLinks({
    timeline: "/timeline",
    statements: "/statements",
    sources: "/sources",
    comparison: "/banks",
    corrections: "/corrections",
  });
  return { ...to, corrections: correctionsOf(evidence) };
}

describe("correctedHtml(corrections, links) and correctedRowsHtml(rows, links)", () => {
  const c = correction("c1", "e1", "2020-05-04");

  it("writes one note per correction, linked to its entry when the site lists corrections; nothing for none", () => {
    const to = linksFor(evidenceOf({ corrections: [c] }));
    expect(correctedHtml([c], to)).toBe(
      '<p class="correction"><strong class="correction-label">Corrected May 4, 2020:</strong> <span dir="auto">Fixed e1.</span> <a href="/corrections#correction--c1" class="correction-link">all corrections</a></p>',
    );
    expect(correctedHtml([c], noCorrectionLinks)).toBe(
      '<p class="correction"><strong class="correction-label">Corrected May 4, 2020:</strong> <span dir="auto">Fixed e1.</span></p>',
    );
    expect(correctedHtml([], to)).toBe("");
  });

  it("names each corrected row among others, and leaves out those never corrected", () => {
    const html = correctedRowsHtml(
      [
        { label: "Never corrected", corrections: [] },
        { label: "Users <affected>", corrections: [c] },
      ],
      noCorrectionLinks,
    );
    expect(html).toMatch(
      /^<ul class="corrected-rows"><li><span class="corrected-row" dir="auto">Users &lt;affected&gt;<\/span><p class="correction">/,
    );
    expect(html).not.toContain("Never corrected");
    expect(correctedRowsHtml([{ label: "Never corrected", corrections: [] }], noCorrectionLinks)).toBe("");
  });
});

describe("the pages of the minimal evidence, which corrects its statement, figure and event", () => {
  const investigation = loadInvestigation(minimal);
  const uncorrected = loadInvestigation(
    copyOfMinimal("uncorrected", (dir) => rmSync(join(dir, "corrections.csv"))),
  );

  it("notes the statement and the event on the claim that quotes and names them", async () => {
    const html = await renderSitePage(investigation, "/statements");
    const claim = text(part(html, '<div class="claim" id="claim--example-claim"', "</div>"));
    expect(claim).toContain(notes.statement);
    expect(claim).toContain(notes.event);
  });

  it("notes the event on its entry in the timeline list (which the live card copies)", async () => {
    const html = await renderSitePage(investigation, "/timeline");
    expect(text(part(html, '<li id="example-data-request"', "</li>"))).toContain(notes.event);
  });

  it("notes the figure under the chart that draws it", async () => {
    const html = await renderSitePage(investigation, "/scale");
    const chart = part(html, '<figure class="chart" id="chart-scale-breakdown"', "</figure>");
    expect(text(part(chart, '<ul class="corrected-rows">', "</ul>"))).toBe(
      `Example users affected${notes.figure} all corrections`,
    );
  });

  it("notes the event the story's step names, and the events and statement the front page's timeline draws", async () => {
    const html = await renderSitePage(investigation, "/");
    expect(text(part(html, '<li class="story-step" id="step-1"', "</li>"))).toContain(notes.event);
    const preview = text(part(html, '<figure class="chart" id="chart-timeline"', "</figure>"));
    expect(preview).toContain(`Example Bank is asked for customer data${notes.event}`);
    expect(preview).toContain(notes.statement);
  });

  it("notes a figure in the sentence on sources that disagree about it", async () => {
    // A second figure for the same group and date, with another value: the sources disagree.
    const dir = copyOfMinimal("disagree", (d) => {
      const file = join(d, "figures.csv");
      const rows = readFileSync(file, "utf8");
      const other = rows
        .trimEnd()
        .split("\n")
        .at(-1)
        ?.replace("example-users,", "example-users-other,")
        .replace(",87000000,", ",70000000,");
      writeFileSync(file, `${rows.trimEnd()}\n${other}\n`);
    });
    const html = await renderSitePage(loadInvestigation(dir), "/scale");
    const item = text(part(html, '<li data-discrepancy="sources-disagree"', "</ul></li>"));
    expect(item).toContain(`Example users affected${notes.figure}`);
  });

  it("notes the figure under its chart's preview in the embed gallery", async () => {
    const html = await renderSitePage(investigation, "/embed");
    const entry = part(html, '<section class="gallery-entry" id="embed-scale-breakdown"', "</section>");
    expect(text(part(entry, '<ul class="corrected-rows">', "</ul>"))).toBe(
      `Example users affected${notes.figure} all corrections`,
    );
  });

  it("shows no note on any of those pages when nothing was corrected", async () => {
    for (const path of ["/", "/timeline", "/scale", "/statements", "/sources", "/embed"])
      expect(await renderSitePage(uncorrected, path), path).not.toContain('class="correction"');
  });

  it("notes the figure on the chart's embed page, without a link out of the embed", async () => {
    const definition = findChart("scale-breakdown");
    if (!definition) throw new Error("no scale-breakdown chart");
    const chart = await buildChart(definition, investigation.evidence);
    const html = embedPageHtml(chart, { page: "/scale", siteTitle: "T" });
    expect(text(part(html, '<ul class="corrected-rows">', "</ul>"))).toBe(
      `Example users affected${notes.figure}`,
    );
    const plain = await buildChart(definition, uncorrected.evidence);
    expect(embedPageHtml(plain, { page: "/scale", siteTitle: "T" })).not.toContain("corrected-rows");
  });

  it("notes a headline figure and a withdrawal on the front page's key figures, and the figure in the scale page's sentence", async () => {
    // As a total (scope "total", no group), the fixture's figure is the headline; its event, of
    // the withdrawal kind, is counted by the third key figure.
    const dir = copyOfMinimal("headline", (d) => {
      const edit = (name: string, from: string, to: string) =>
        writeFileSync(join(d, name), readFileSync(join(d, name), "utf8").replace(from, to));
      edit("figures.csv", ",worldwide,example-reach,", ",total,,");
      edit("events.csv", ",request,", ",withdrawal,");
    });
    const headline = loadInvestigation(dir);
    const front = await renderSitePage(headline, "/");
    const [first, ...others] = front.split('<div class="key-figure">').slice(1);
    expect(text(first ?? "")).toContain(notes.figure);
    expect(text(others.find((f) => f.includes("Example Bank is asked")) ?? "")).toContain(notes.event);
    const scale = await renderSitePage(headline, "/scale");
    // The headline sentence comes before the charts (the default prose).
    expect(text(scale.slice(0, scale.indexOf('<figure class="chart"')))).toContain(notes.figure);
  });
});

describe("comparison rows", () => {
  const bankSettings = { ...defaultSettings.comparison, kind: "bank", one: "Bank", many: "banks" } as const;
  const evidence = evidenceOf({
    sources: [source("s1")],
    actors: [actor("bank", "bank", { name: "Bank" }), actor("other", "bank", { name: "Other" })],
    events: [
      event("asked", { kind: "request", actors: ["bank"] }),
      event("asked-too", { kind: "request", actors: ["other"] }),
    ],
    statements: [statement("said", "bank", "We said it."), statement("said-too", "other", "We said it too.")],
    figures: [
      figure("users", { group: "bank", value: 5 }),
      figure("users-too", { group: "other", value: 6 }),
    ],
    corrections: [
      correction("c-bank", "bank", "2020-01-01"),
      correction("c-asked", "asked", "2020-01-02"),
      correction("c-said", "said", "2020-01-03"),
      correction("c-users", "users", "2020-01-04"),
    ],
  });
  const to = linksFor(evidence);
  const html = comparisonTableHtml(
    compileComparison(evidence, bankSettings),
    to,
    bankSettings,
    citations(to, "comparison"),
  );

  it("notes the actor, its events, statements and figures on its row; none on a row never corrected", () => {
    const row = text(part(html, '<tr id="bank"', "</tr>"));
    for (const target of ["bank", "asked", "said", "users"]) expect(row).toContain(`Fixed ${target}.`);
    expect(part(html, '<tr id="other"', "</tr>")).not.toContain('class="correction"');
  });
});

describe("compareHtml(digest, links) and compareEntries(digest, links)", () => {
  const evidence = evidenceOf({
    sources: [source("s1")],
    actors: [actor("a")],
    statements: [
      statement("first", "a", "We never did.", { date: date("2018-08-06") }),
      statement("second", "a", "We did once.", { date: date("2018-08-07") }),
    ],
    corrections: [correction("c-first", "first", "2020-01-01")],
  });
  const to = linksFor(evidence);
  const digest = compileStatements(evidence);

  it("notes the corrected statement on its side of the comparison, not the other", () => {
    const html = compareHtml(digest, to);
    const sides = html.split('<figure class="compare-side"').slice(1);
    const side = (id: string) => sides.find((s) => s.includes(`data-statement="${id}"`)) ?? "";
    expect(text(side("first"))).toContain("Corrected Jan 1, 2020: Fixed first.");
    expect(side("second")).not.toContain('class="correction"');
  });

  it("gives statements.json the corrected statement's words, for the browser to show the same note", () => {
    const entries = new Map(compareEntries(digest, to).map((e) => [e.id, e]));
    expect(entries.get("first")?.corrections).toEqual([
      {
        label: "Corrected Jan 1, 2020:",
        text: "Fixed first.",
        link: { href: "/corrections#correction--c-first", words: "all corrections" },
      },
    ]);
    expect(entries.get("second")).not.toHaveProperty("corrections");
  });
});

describe("a block's reference list", () => {
  it("notes a corrected source where the list names it", () => {
    const evidence = evidenceOf({
      sources: [source("s1"), source("s2")],
      corrections: [correction("c-s1", "s1", "2020-01-01")],
    });
    const to = linksFor(evidence);
    const refs = citations(to, "x");
    refs.cite(sourceRefs(evidence)(["s1", "s2"]));
    const list = refs.listHtml();
    expect(text(part(list, '<li id="ref--x--1"', "</li>"))).toContain("Corrected Jan 1, 2020: Fixed s1.");
    expect(part(list, '<li id="ref--x--2"', "</li>")).not.toContain('class="correction"');
  });
});
