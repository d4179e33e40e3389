// The search box every page's header carries (embed pages have no header). It works only with
// JavaScript (pageHead hides it without), and its script and index load only when it is used:
// nothing is requested when a page loads (see searchScript).
import { escapeHtml } from "../../src/shared/html.ts";

export const searchBoxId = "site-search";

export function searchBoxHtml(label = "Search the evidence"): string {
  return [
    `<div class="site-search" id="${searchBoxId}" role="search">`,
    `<label class="site-search-label" for="site-search-input">${escapeHtml(label)}</label>`,
    `<input type="search" id="site-search-input" placeholder="${escapeHtml(label)}" autocomplete="off" spellcheck="false" aria-controls="site-search-panel">`,
    `<p class="site-search-label" id="site-search-status" role="status"></p>`,
    `<div class="site-search-panel" id="site-search-panel" hidden></div>`,
    "</div>",
  ].join("");
}

/**
 * The page's script for the box (a Framework code cell): the component is imported dynamically
 * on first focus (Framework preloads only static imports) and fetches the index on first input.
 * `root` is "./" or "../", where src/ is from the page.
 */
export function searchScript(root: string): string {
  return [
    `const siteSearch = ((box) => {`,
    `  const load = () => import("${root}components/search.js").then((search) => search.enhanceSearch(box, FileAttachment("${root}data/search.json")));`,
    `  box?.addEventListener("focusin", load, {once: true});`,
    `  if (box?.contains(document.activeElement)) load();`,
    `})(document.getElementById("${searchBoxId}"));`,
  ].join("\n");
}
