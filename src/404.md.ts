// The page served at any address that does not exist (see loaders/site/not-found-page.ts).
import { runAsLoader } from "../loaders/render/loader-entry.ts";
import { currentInvestigation } from "../loaders/site/investigation.ts";
import { inSiteLocale } from "../loaders/site/locale.ts";
import { notFoundPage } from "../loaders/site/not-found-page.ts";

export default function render(): Promise<string> {
  const investigation = currentInvestigation();
  return inSiteLocale(investigation.settings.locale, async () => notFoundPage());
}

await runAsLoader(import.meta.url, render);
