import { describe, expect, it } from "vitest";
import { compileSources } from "../../../loaders/compile/sources.ts";
import { pageLinks } from "../../../loaders/render/evidence-html.ts";
import { sourcesIndexHtml, sourcesListHtml, uncitedHtml } from "../../../loaders/render/sources-html.ts";
import { date, evidenceOf, source } from "../compile/rows.ts";

const untitled = source("gazette-2024", { title: undefined, published: date("2024-03-01"), kind: "news" });
const titled = source("herald-2024", { outlet: "Herald", title: "The report", published: date("2024-03") });
const digest = compileSources(evidenceOf({ sources: [untitled, titled] }));

describe("sourcesListHtml(digest, links, figures) for a source without a title", () => {
  const html = sourcesListHtml(digest, pageLinks({ sources: "/sources" }), []);
  const entry = html.slice(html.indexOf('id="gazette-2024"'));

  it("heads the entry with the outlet and date, says no title was recorded, and shows no <cite>", () => {
    expect(entry).toMatch(
      /^id="gazette-2024"><h3 class="source-title">Outlet gazette-2024, <time[^>]*>Mar 1, 2024<\/time><\/h3>/,
    );
    expect(entry).toContain('<p class="source-meta">news · no title recorded</p>');
    expect(entry.slice(0, entry.indexOf("</h3>"))).not.toContain("<cite");
  });

  it("keeps a recorded title in <cite> with outlet and date below it", () => {
    expect(html).toContain(
      '<h3 class="source-title"><cite dir="auto">The report</cite></h3><p class="source-meta">Herald · <time datetime="2024-03">March 2024</time></p>',
    );
  });
});

describe("sourcesIndexHtml(digest, href) and uncitedHtml(digest) for a source without a title", () => {
  it("name it by outlet and date, with no empty title", () => {
    expect(sourcesIndexHtml(digest, (id) => `/sources/1#${id}`)).toContain(
      '<li id="gazette-2024"><a href="/sources/1#gazette-2024">Outlet gazette-2024</a>, Mar 1, 2024; not cited</li>',
    );
    expect(uncitedHtml(digest)).toContain('<a href="#gazette-2024">Outlet gazette-2024, Mar 1, 2024</a>');
    expect(uncitedHtml(digest)).toContain('<a href="#herald-2024">Herald: The report</a>');
  });
});
