// Every page site.json lists (but the front page): its prose with the kit's blocks.
import { type LoaderParams, runAsLoader } from "../loaders/render/loader-entry.ts";
import { currentInvestigation } from "../loaders/site/investigation.ts";
import { inSiteLocale } from "../loaders/site/locale.ts";
import { renderSitePage } from "../loaders/site/render-page.ts";

export default function render({ page = "" }: LoaderParams): Promise<string> {
  const investigation = currentInvestigation();
  return inSiteLocale(investigation.settings.locale, () => renderSitePage(investigation, `/${page}`));
}

await runAsLoader(import.meta.url, render);
