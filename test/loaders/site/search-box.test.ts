import { describe, expect, it } from "vitest";
import { searchBoxHtml, searchScript } from "../../../loaders/site/search-box.ts";

describe("searchBoxHtml(label)", () => {
  it("is a labelled search landmark with an <input type=search>, a live region and a hidden results panel", () => {
    const html = searchBoxHtml("Find <rows>");
    expect(html).toMatch(/^<div class="site-search" id="site-search" role="search">/);
    expect(html).toContain(
      '<label class="site-search-label" for="site-search-input">Find &lt;rows&gt;</label>',
    );
    expect(html).toContain('<input type="search" id="site-search-input"');
    expect(html).toContain('role="status"');
    expect(html).toContain('<div class="site-search-panel" id="site-search-panel" hidden></div>');
  });
});

describe("searchScript(root)", () => {
  it("imports the component only dynamically (no preload, no request on page load), from the page's root", () => {
    const script = searchScript("../");
    expect(script).not.toMatch(/^\s*import\s*[{*\w]/m);
    expect(script).toContain('import("../components/search.js")');
    expect(script).toContain('FileAttachment("../data/search.json")');
  });
  it("loads on the box's first focus, or at once when the reader is already in it", () => {
    const script = searchScript("./");
    expect(script).toContain('addEventListener("focusin", load, {once: true})');
    expect(script).toContain("contains(document.activeElement)");
  });
});
