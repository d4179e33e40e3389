// The numbered pages of a list too long for one page (/<page>/<year>, /<page>/<n>, …).
import { type LoaderParams, runAsLoader } from "../../loaders/render/loader-entry.ts";
import { currentInvestigation } from "../../loaders/site/investigation.ts";
import { inSiteLocale } from "../../loaders/site/locale.ts";
import { renderSubPage } from "../../loaders/site/sub-pages.ts";

export default function render({ page = "", part = "" }: LoaderParams): string {
  const investigation = currentInvestigation();
  return inSiteLocale(investigation.settings.locale, () => renderSubPage(investigation, page, part));
}

await runAsLoader(import.meta.url, render);
