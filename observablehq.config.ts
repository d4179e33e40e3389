// Observable Framework configuration. Everything here keeps the built site offline and private:
// no Google Fonts (globalStylesheets), no Observable footer link, no search index, our own
// header navigation (Framework's sidebar fails axe: landmark-unique, list, region).
import { chartRegistry } from "./loaders/charts/registry.ts";
import { dataDir } from "./loaders/data-dir.ts";
import { siteUrl } from "./loaders/embed/site-url.ts";
import { pageHead } from "./loaders/render/page.ts";
import { currentInvestigation, type Investigation } from "./loaders/site/investigation.ts";
import { siteNavigation } from "./loaders/site/navigation.ts";
import { readSettings } from "./loaders/site/read-settings.ts";
import { searchBoxHtml } from "./loaders/site/search-box.ts";
import { subPagePaths } from "./loaders/site/sub-pages.ts";
import { localeFor } from "./src/shared/locale/locale.ts";

/** The investigation folder, or none when it has errors: the build's data check reports them and stops. */
function investigation(): Investigation | undefined {
  try {
    return currentInvestigation();
  } catch {
    return undefined;
  }
}

const folder = investigation();
// Settings alone still title the site when the evidence has errors (the preview's error page).
const settings = folder?.settings ?? readSettings(dataDir()).settings;
const url = siteUrl(process.env, settings.url);
const locale = localeFor(settings.locale);

export default {
  root: "src",
  // The build script writes to a temporary folder and swaps it in, so a failed build leaves
  // the previous site intact.
  output: process.env.DOSSIER_OUTPUT ?? "dist",
  title: settings.title,
  style: "style.css",
  globalStylesheets: [],
  // Pages that set a description in their front matter carry their own head (pageHead).
  head: ({ path, title }: { path: string; title: string | null }) => {
    const chart = /^\/embed\/([a-z0-9-]+)$/.exec(path)?.[1];
    return pageHead({
      description: `${title ?? settings.title}: ${settings.description}`,
      ...(chart ? { oembedUrl: `${url}/oembed/${chart}.json` } : {}),
      locale,
    });
  },
  // Parameterized pages are built only when listed: the pages of site.json ([page].md.ts), one
  // embed page per chart of the registry, and the numbered pages of lists too long for one page
  // (a timeline page per year; sources, statements and claims past their limits).
  dynamicPaths: [
    ...settings.pages.filter((page) => page.path !== "/").map((page) => page.path),
    ...chartRegistry.map((chart) => `/embed/${chart.id}`),
    ...(folder ? subPagePaths(folder) : []),
  ],
  header: ({ path }: { path: string }) =>
    siteNavigation(settings.title, settings.pages, path, locale.t("site.navigation")) +
    searchBoxHtml(locale.t("search.label")),
  footer: locale.t("site.footer"),
  sidebar: false,
  pager: false,
  toc: false,
  search: false,
  typographer: false,
  // TypeScript loaders in one Node process with tsx's hooks (the tsx CLI starts two processes).
  interpreters: { ".ts": [process.execPath, "--import", "tsx"] },
};
