// Corrections from corrections.csv: on the corrected row wherever it is shown, on the page that
// lists them all (added by the kit when no page places {{ corrections }}), and in structured data.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileCorrections, correctionsOf, newestCorrection } from "../../../loaders/compile/corrections.ts";
import { modifiedDate, newsArticleLd } from "../../../loaders/publish/json-ld.ts";
import { loadInvestigation, readInvestigation } from "../../../loaders/site/investigation.ts";
import { renderSitePage } from "../../../loaders/site/render-page.ts";
import { date, event, evidenceOf, source, statement } from "../compile/rows.ts";

const minimal = "test/fixtures/evidence/minimal";
const work = mkdtempSync(join(tmpdir(), "dossier-corrections-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const correction = (id: string, target: string, iso: string) => ({
  id,
  date: date(iso),
  target,
  text: `Text ${id}`,
  sources: ["s1"],
  extra: {},
});

describe("compileCorrections(evidence) and correctionsOf(evidence)", () => {
  const evidence = evidenceOf({
    sources: [source("s1"), source("shared")],
    events: [event("e1"), event("shared")],
    statements: [statement("st1", "a", "Words.")],
    corrections: [
      correction("old", "e1", "2019-01-02"),
      correction("new", "e1", "2020-05"),
      correction("on-shared", "shared", "2019-06-01"),
    ],
  });

  it("lists every correction newest first with the table of the row it corrects", () => {
    expect(compileCorrections(evidence).map((e) => [e.correction.id, e.table])).toEqual([
      ["new", "events"],
      ["on-shared", "sources"],
      ["old", "events"],
    ]);
  });

  it("gives a row its corrections, newest first; an id two tables share is the first table's, as data:check reads it", () => {
    const of = correctionsOf(evidence);
    expect(of("events", "e1").map((c) => c.id)).toEqual(["new", "old"]);
    expect(of("sources", "shared").map((c) => c.id)).toEqual(["on-shared"]);
    expect(of("events", "shared")).toEqual([]);
    expect(of("statements", "st1")).toEqual([]);
    expect(newestCorrection(evidence)).toBe("2020-05");
  });
});

describe("a site whose evidence has a correction (the minimal fixture)", () => {
  const investigation = loadInvestigation(minimal);

  it("gets the page /corrections, last in the navigation, when no page places {{ corrections }}", () => {
    expect(investigation.settings.pages.at(-1)).toMatchObject({
      path: "/corrections",
      title: "Corrections",
      layout: "corrections",
      inNavigation: true,
    });
    expect(investigation.plan.hosts.corrections).toBe("/corrections");
  });

  it("lists the correction on /corrections with its date, text, sources and a link to the row it corrects", async () => {
    const html = await renderSitePage(investigation, "/corrections");
    const entry = html.slice(
      html.indexOf('<li class="correction-entry" id="correction--example-correction">'),
    );
    expect(entry).toMatch(
      /^<li class="correction-entry" id="correction--example-correction"><p class="correction-head"><time datetime="2018-08-09">Aug 9, 2018<\/time> · Corrects: <a href="\/statements#example-denial">/,
    );
    expect(entry).toContain("An earlier version dated this statement 6 August; it was made on 7 August.");
    expect(entry).toContain('<a class="ref" href="/sources#example-report"');
  });

  it('says "Corrected <date>" with the text on the corrected statement, on the statements page and the timeline', async () => {
    const note =
      '<p class="correction"><strong class="correction-label">Corrected Aug 9, 2018:</strong> <span dir="auto">An earlier version dated this statement 6 August; it was made on 7 August.</span> <a href="/corrections#correction--example-correction" class="correction-link">all corrections</a></p>';
    const statements = await renderSitePage(investigation, "/statements");
    const entry = statements.slice(statements.indexOf('<article class="statement" id="example-denial"'));
    expect(entry.slice(0, entry.indexOf("</article>"))).toContain(note);
    const timeline = await renderSitePage(investigation, "/timeline");
    const item = timeline.slice(timeline.indexOf('<li id="statement--example-denial"'));
    expect(item.slice(0, item.indexOf("</li>"))).toContain(note);
    // The statement's note and the event's (the fixture corrects both), nothing else.
    expect(timeline.match(/class="correction"/g)).toHaveLength(2);
  });

  it("links the statement's quote on its source's live page and archived copy", async () => {
    const statements = await renderSitePage(investigation, "/statements");
    expect(statements).toContain(
      '<a href="https://example.org/reports/example-bank#:~:text=We%20do%20not%20share,an%20example%20spokesperson%20said" rel="external noreferrer">Example Gazette</a>',
    );
    expect(statements).toContain(
      '<a href="https://web.archive.org/web/20180806120000/https://example.org/reports/example-bank#:~:text=We%20do%20not%20share,an%20example%20spokesperson%20said" rel="external noreferrer">archived Aug 6, 2018',
    );
  });
});

describe("readInvestigation(dir) with corrections and pages of its own", () => {
  it("adds no page when the evidence has no correction", () => {
    const dir = join(work, "none");
    cpSync(minimal, dir, { recursive: true });
    rmSync(join(dir, "corrections.csv"));
    expect(loadInvestigation(dir).settings.pages.map((p) => p.path)).not.toContain("/corrections");
  });

  const withPages = (name: string, pages: object[]) => {
    const dir = join(work, name);
    cpSync(minimal, dir, { recursive: true });
    writeFileSync(join(dir, "site.json"), JSON.stringify({ pages }));
    return dir;
  };

  it("keeps its own /corrections page, whose layout (from its path) places the block", () => {
    const dir = withPages("own", [
      { path: "/", title: "Home" },
      { path: "/corrections", title: "Fixes" },
    ]);
    const { investigation, problems } = readInvestigation(dir);
    expect(investigation.settings.pages.map((p) => p.title)).toEqual(["Home", "Fixes"]);
    expect(problems).toEqual([]);
  });

  it("warns when its own /corrections page does not place {{ corrections }}", () => {
    const dir = withPages("mute", [
      { path: "/", title: "Home" },
      { path: "/corrections", title: "Fixes", layout: "blank" },
    ]);
    expect(readInvestigation(dir).problems.map((p) => [p.severity, p.message])).toEqual([
      [
        "warning",
        "corrections.csv has 3 corrections but no page places {{ corrections }}; add it to pages/corrections.md, so readers can see every correction",
      ],
    ]);
  });
});

describe("structured data with corrections", () => {
  it("modifiedDate(latest, corrections) follows the newest correction when it is later", () => {
    expect(modifiedDate("2018-08-06", [correction("c", "e1", "2020-01-02")])).toBe("2020-01-02");
    expect(modifiedDate("2021", [correction("c", "e1", "2020-01-02")])).toBe("2021");
    expect(modifiedDate(undefined, [])).toBeUndefined();
  });

  it("newsArticleLd(site, page) carries each correction as a schema.org CorrectionComment", () => {
    const article = newsArticleLd(
      {
        url: "https://news.example",
        title: "T",
        description: "D",
        locale: "en-US",
        modified: "2020-01-02",
        corrections: [
          { text: "Fixed.", date: "2020-01-02", url: "https://news.example/corrections#correction--c" },
        ],
      },
      { url: "https://news.example/", title: "T", description: "D" },
    );
    expect(article).toMatchObject({
      dateModified: "2020-01-02",
      correction: [
        {
          "@type": "CorrectionComment",
          text: "Fixed.",
          datePublished: "2020-01-02",
          url: "https://news.example/corrections#correction--c",
        },
      ],
    });
  });
});
