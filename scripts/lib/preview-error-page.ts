// What the preview shows instead of a page it cannot make: the problems exactly as
// `npm run data:check` prints them, so a journalist reads the same file:line:column in both.

import { frontMatter } from "../../loaders/render/page.ts";
import { escapeHtml } from "../../src/shared/html.ts";

/**
 * One <pre> block: Markdown leaves everything up to </pre> alone, blank lines included, and the
 * text is escaped, so no cell quoted in a problem becomes markup.
 */
function preformatted(lines: readonly string[]): string {
  return `<pre class="preview-problems">${lines.map(escapeHtml).join("\n")}</pre>`;
}

/** The page for evidence that does not pass the data check. */
export function evidenceProblemsPage(checkLines: readonly string[]): string {
  return `${frontMatter({ title: "The evidence has problems" })}
# The evidence has problems

This page is made from the evidence folder, and the folder does not pass the data check. Fix each
problem below (file:line:column, then what is wrong) and save: this page comes back by itself.

${preformatted(checkLines)}
`;
}

/** The page for any other failure of a page loader (a page that no longer exists, a bug). */
export function pageFailedPage(page: string, reason: string): string {
  return `${frontMatter({ title: "This page could not be made" })}
# This page could not be made

The preview could not make ${escapeHtml(page)} from the current evidence. The terminal running
\`npm run dev\` shows the details; this page reloads by itself after the next change.

${preformatted([reason])}
`;
}
