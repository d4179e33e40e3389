// The sources page (a Framework page loader): every source and everything that cites it.
import { compileSources } from "../loaders/compile/sources.ts";
import { pageLinks } from "../loaders/render/evidence-html.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";
import { existingPages } from "../loaders/render/site-pages.ts";
import { sourcesListHtml, uncitedHtml } from "../loaders/render/sources-html.ts";

export default function render(): string {
  const evidence = currentEvidence();
  const digest = compileSources(evidence);
  const to = pageLinks(existingPages());
  const outlets = new Set(evidence.sources.map((s) => s.outlet)).size;
  const withLink = evidence.sources.filter((s) => s.url).length;

  return `${frontMatter({ title: "Sources" })}
<link rel="stylesheet" href="./evidence.css">
<link rel="stylesheet" href="./sources.css">

# Sources

Every document the evidence rests on: ${digest.entries.length.toLocaleString("en-US")} sources from
${outlets.toLocaleString("en-US")} outlets, ${withLink.toLocaleString("en-US")} of them with a link to the original.
Under each source, the events, statements, claims and figures that cite it. Where an original could
not be seen or has no address, the note says so.

${compiledAtHtml()}

## Not cited

${uncitedHtml(digest)}

## Every source

By outlet, then date published.

${sourcesListHtml(digest, to, evidence.figures)}
`;
}

await runAsLoader(import.meta.url, render);
