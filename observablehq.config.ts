// Observable Framework configuration. Everything here keeps the built site offline and private:
// no Google Fonts (globalStylesheets), no Observable footer link, no search index, our own
// header navigation (Framework's sidebar fails axe: landmark-unique, list, region).
import { existsSync } from "node:fs";
import { chartRegistry } from "./loaders/charts/registry.ts";
import { yearPagePaths } from "./loaders/charts/timeline/pages.ts";
import { compileTimeline } from "./loaders/compile/timeline.ts";
import { siteUrl } from "./loaders/embed/site-url.ts";
import { evidencePagePaths } from "./loaders/render/evidence-pages.ts";
import { currentEvidence } from "./loaders/render/loader-entry.ts";
import { pageHead } from "./loaders/render/page.ts";
import { siteNavigation } from "./src/components/navigation.ts";

/** Pages in navigation order; a page appears once its Markdown file or page loader exists. */
const pages = [
  { name: "Overview", path: "/" },
  { name: "Timeline", path: "/timeline" },
  { name: "Scale", path: "/scale" },
  { name: "Statements", path: "/statements" },
  { name: "Banks", path: "/banks" },
  { name: "Sources", path: "/sources" },
  { name: "Embed", path: "/embed" },
].filter((page) => {
  const file = `src${page.path === "/" ? "/index" : page.path}.md`;
  return existsSync(file) || existsSync(`${file}.ts`);
});

/** None when the evidence has errors: the build's data check reports them and stops. */
function timelineYearPaths(): string[] {
  try {
    return yearPagePaths(compileTimeline(currentEvidence()));
  } catch {
    return [];
  }
}

export default {
  root: "src",
  // The build script writes to a temporary folder and swaps it in, so a failed build leaves
  // the previous site intact.
  output: process.env.DOSSIER_OUTPUT ?? "dist",
  title: "Dossier",
  style: "style.css",
  globalStylesheets: [],
  // Pages that set a description in their front matter carry their own head (pageHead).
  head: ({ path, title }: { path: string; title: string | null }) => {
    const chart = /^\/embed\/([a-z0-9-]+)$/.exec(path)?.[1];
    return pageHead({
      description: `${title ?? "Dossier"}: a page of this investigation, every fact from its sourced evidence.`,
      ...(chart ? { oembedUrl: `${siteUrl()}/oembed/${chart}.json` } : {}),
    });
  },
  // Parameterized pages are built only when listed: one embed page per chart of the registry,
  // a timeline page per year when the evidence is too large for one, and numbered pages of
  // sources, statements and claims past their limits (loaders/render/evidence-pages.ts).
  dynamicPaths: [
    ...chartRegistry.map((chart) => `/embed/${chart.id}`),
    ...timelineYearPaths(),
    ...evidencePagePaths(),
  ],
  header: ({ path }: { path: string }) => siteNavigation(pages, path),
  footer: "Dossier — built from the evidence in this repository's data folder.",
  sidebar: false,
  pager: false,
  toc: false,
  search: false,
  typographer: false,
  // TypeScript loaders in one Node process with tsx's hooks (the tsx CLI starts two processes).
  interpreters: { ".ts": [process.execPath, "--import", "tsx"] },
};
