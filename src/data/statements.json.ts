// Every statement for the comparison on /statements when the statements are split over numbered
// pages (the page then holds only an index): id, label, caption, link and the verbatim text.
import { compileStatements } from "../../loaders/compile/statements.ts";
import { pageLinks } from "../../loaders/render/evidence-html.ts";
import { routedLinks } from "../../loaders/render/evidence-pages.ts";
import { currentEvidence, runAsLoader } from "../../loaders/render/loader-entry.ts";
import { existingPages } from "../../loaders/render/site-pages.ts";
import { compareEntries } from "../../loaders/render/statements-html.ts";

export default function render(): string {
  const evidence = currentEvidence();
  return JSON.stringify(
    compareEntries(compileStatements(evidence), routedLinks(pageLinks(existingPages()), evidence)),
  );
}

await runAsLoader(import.meta.url, render);
