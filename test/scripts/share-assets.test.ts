import { describe, expect, it } from "vitest";
import { loadInvestigation } from "../../loaders/site/investigation.ts";
import { renderSitePage } from "../../loaders/site/render-page.ts";
import {
  cardName,
  decodeEntities,
  headText,
  mainVisual,
  pagePathOf,
} from "../../scripts/lib/share-assets.ts";

describe("pagePathOf(siteDir, file)", () => {
  it("maps built files to the paths readers use", () => {
    expect(pagePathOf("/s", "/s/index.html")).toBe("/");
    expect(pagePathOf("/s", "/s/timeline.html")).toBe("/timeline");
    expect(pagePathOf("/s", "/s/timeline/2018.html")).toBe("/timeline/2018");
  });
});

describe("headText(html, siteTitle)", () => {
  it("reads the page's own title (without the site's) and its description, decoded", () => {
    const html =
      '<head><title>Q &amp; A | Water &amp; Co</title><meta name="description" content="It&#39;s &quot;x&quot;"></head><svg><title>not this</title></svg>';
    expect(headText(html, "Water & Co")).toEqual({ title: "Q & A", description: 'It\'s "x"' });
  });
});

describe("mainVisual(html, path)", () => {
  it("finds an embed page's chart from its path, and another page's first chart or key figure", () => {
    expect(mainVisual("", "/embed/timeline")).toEqual({ chart: "timeline" });
    const figureFirst =
      '<main><p class="key-number">1,234</p><p class="key-label">wells &amp; pumps</p><div data-chart="x">';
    expect(mainVisual(figureFirst, "/")).toEqual({ number: "1,234", label: "wells & pumps" });
    expect(mainVisual('<main><div data-chart="scale-a"></div><p class="key-number">', "/scale")).toEqual({
      chart: "scale-a",
    });
    expect(mainVisual("<main><p>words</p>", "/about")).toBeUndefined();
  });

  it("reads the front page's key figure as the page renders it, its words in their own direction", async () => {
    const html = await renderSitePage(loadInvestigation("test/fixtures/investigations/water"), "/");
    const label = "accounts: Customer accounts overbilled after the meter swap";
    expect(html).toContain(`<p class="key-label" dir="auto">${label}</p>`);
    expect(mainVisual(`<main>${html}`, "/")).toEqual({ number: "12,400", label });
  });
});

describe("cardName(path)", () => {
  it("gives each page and embed its own card, and numbered pages the card of the page above", () => {
    expect(["/", "/timeline", "/timeline/2018", "/embed/timeline"].map(cardName)).toEqual([
      "index",
      "timeline",
      "timeline",
      "embed--timeline",
    ]);
  });
  it("decodes numeric references", () => {
    expect(decodeEntities("&#36;&#x41;")).toBe("$A");
  });
});
