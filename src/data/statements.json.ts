// Every statement for the comparison on the statements page when the statements are split over
// numbered pages (the page then holds only an index): id, label, caption, link and the verbatim text.
import { compileStatements } from "../../loaders/compile/statements.ts";
import { runAsLoader } from "../../loaders/render/loader-entry.ts";
import { compareEntries } from "../../loaders/render/statements-html.ts";
import { currentInvestigation } from "../../loaders/site/investigation.ts";
import { inSiteLocale } from "../../loaders/site/locale.ts";
import { siteLinks } from "../../loaders/site/render-page.ts";

export default function render(): string {
  const investigation = currentInvestigation();
  return inSiteLocale(investigation.settings.locale, () =>
    JSON.stringify(compareEntries(compileStatements(investigation.evidence), siteLinks(investigation))),
  );
}

await runAsLoader(import.meta.url, render);
