// The sources page (a Framework page loader): every source and everything that cites it. Past
// splitLimits.sources the page is an index and the full entries move to /sources/<n>.
import { compileSources } from "../loaders/compile/sources.ts";
import { pageLinks } from "../loaders/render/evidence-html.ts";
import { routedLinks, sourcesSplit } from "../loaders/render/evidence-pages.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";
import { existingPages } from "../loaders/render/site-pages.ts";
import {
  sourcePagesNavHtml,
  sourcesIndexHtml,
  sourcesListHtml,
  uncitedHtml,
} from "../loaders/render/sources-html.ts";

export default function render(): string {
  const evidence = currentEvidence();
  const digest = compileSources(evidence);
  const to = routedLinks(pageLinks(existingPages()), evidence);
  const split = sourcesSplit(evidence);
  const outlets = new Set(evidence.sources.map((s) => s.outlet)).size;
  const withLink = evidence.sources.filter((s) => s.url).length;
  const n = (x: number) => x.toLocaleString("en-US");
  const entryHref = (id: string) => `${split.pathOf.get(id) ?? ""}#${id}`;

  const every = split.split
    ? `## Every source

By outlet, then date published. With ${n(digest.entries.length)} sources, the full entries (title,
date, kind, notes, link and what cites each) are on ${n(split.paths.length)} pages of up to
${n(split.parts[0]?.length ?? 0)}:

${sourcePagesNavHtml(digest, split)}

Each line below links to its source's full entry.

${sourcesIndexHtml(digest, entryHref)}`
    : `## Every source

By outlet, then date published.

${sourcesListHtml(digest, to, evidence.figures)}`;

  return `${frontMatter({ title: "Sources", description: "Every source of this investigation with its outlet, title, date and link, and every event, statement, claim and figure that cites it." })}
<link rel="stylesheet" href="./evidence.css">
<link rel="stylesheet" href="./sources.css">

# Sources

Every document the evidence rests on: ${n(digest.entries.length)} sources from
${n(outlets)} outlets, ${n(withLink)} of them with a link to the original.
Under each source, the events, statements, claims and figures that cite it. Where an original could
not be seen or has no address, the note says so.

${compiledAtHtml()}

## Not cited

${uncitedHtml(digest, split.split ? entryHref : undefined)}

${every}
`;
}

await runAsLoader(import.meta.url, render);
