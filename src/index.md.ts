// The front page: the investigation folder's prose for "/" (or its layout's), with the kit's blocks.
import { runAsLoader } from "../loaders/render/loader-entry.ts";
import { currentInvestigation } from "../loaders/site/investigation.ts";
import { inSiteLocale } from "../loaders/site/locale.ts";
import { renderSitePage } from "../loaders/site/render-page.ts";

export default function render(): Promise<string> {
  const investigation = currentInvestigation();
  return inSiteLocale(investigation.settings.locale, () => renderSitePage(investigation, "/"));
}

await runAsLoader(import.meta.url, render);
