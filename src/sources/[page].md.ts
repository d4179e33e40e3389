// One page of a split sources list (/sources/<n>): the full entries, with what cites each. Built
// only for evidence past splitLimits.sources (observablehq.config.ts lists the pages).
import { compileSources } from "../../loaders/compile/sources.ts";
import { pageLinks, text } from "../../loaders/render/evidence-html.ts";
import { routedLinks, sourcesSplit } from "../../loaders/render/evidence-pages.ts";
import { currentEvidence, type LoaderParams, runAsLoader } from "../../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../../loaders/render/page.ts";
import { existingPages } from "../../loaders/render/site-pages.ts";
import { sourcePagesNavHtml, sourcesListHtml } from "../../loaders/render/sources-html.ts";

export default function render({ page = "" }: LoaderParams): string {
  const evidence = currentEvidence();
  const digest = compileSources(evidence);
  const split = sourcesSplit(evidence);
  const index = split.paths.indexOf(`/sources/${page}`);
  const ids = split.parts[index];
  if (!ids)
    throw new Error(`no page /sources/${page}: the evidence has ${split.paths.length} pages of sources`);
  const to = routedLinks(pageLinks(existingPages()), evidence);
  const n = (x: number) => x.toLocaleString("en-US");
  const first = split.parts.slice(0, index).reduce((sum, p) => sum + p.length, 0) + 1;
  const outlets = new Map(digest.entries.map((e) => [e.source.id, e.source.outlet]));
  const [from, until] = [outlets.get(ids[0] ?? ""), outlets.get(ids.at(-1) ?? "")];
  const range = from === until ? `From ${from}` : `From ${from} to ${until}`;

  return `${frontMatter({ title: `Sources ${n(first)}–${n(first + ids.length - 1)} of ${n(digest.entries.length)}` })}
<link rel="stylesheet" href="../evidence.css">
<link rel="stylesheet" href="../sources.css">

# Sources ${n(first)}–${n(first + ids.length - 1)} of ${n(digest.entries.length)}

Page ${n(index + 1)} of ${n(split.paths.length)} of [every source](/sources), by outlet, then date
published. Under each source, the events, statements, claims and figures that cite it.

${compiledAtHtml()}

${sourcePagesNavHtml(digest, split, index)}

## ${text(range)}

${sourcesListHtml(digest, to, evidence.figures, ids)}
`;
}

await runAsLoader(import.meta.url, render);
