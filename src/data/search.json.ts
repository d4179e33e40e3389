// The site search's index: every event, statement, claim, figure, source, actor and key moment
// with the page and anchor it lives at. Fetched by the browser only when a reader starts typing in the search box.
import { runAsLoader } from "../../loaders/render/loader-entry.ts";
import { searchDocuments } from "../../loaders/search/documents.ts";
import { searchIndexJson } from "../../loaders/search/search-index.ts";
import { currentInvestigation } from "../../loaders/site/investigation.ts";
import { inSiteLocale } from "../../loaders/site/locale.ts";
import { siteLinks } from "../../loaders/site/render-page.ts";

export default function render(): string {
  const investigation = currentInvestigation();
  // Dates in the results are written as the site writes them ("6. Aug. 2018" in de-DE).
  return inSiteLocale(investigation.settings.locale, () =>
    searchIndexJson(
      searchDocuments(investigation.evidence, siteLinks(investigation), {
        comparedKind: investigation.settings.comparison.kind,
        chartPage: (id) => investigation.plan.chartPages.get(id),
      }),
    ),
  );
}

await runAsLoader(import.meta.url, render);
