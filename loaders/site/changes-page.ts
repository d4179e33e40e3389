// The kit's /changes page: the evidence's history, published when the folder is in a git
// repository, unless site.json says "changes": false or a page of its own already shows it.
import { localeFor } from "../../src/shared/locale/locale.ts";
import type { Prose } from "./prose.ts";
import { defaultProseFile, type PageSettings, type SiteSettings } from "./settings.ts";

export const changesPath = "/changes";

/** `settings` with the /changes page last (out of the navigation) when the history calls for it. */
export function withChangesPage(
  settings: SiteSettings,
  hasHistory: boolean,
  prose: ReadonlyMap<string, Prose>,
): SiteSettings {
  if (!settings.changes || !hasHistory) return settings;
  const shown = [...prose.values()].some((p) =>
    p.parts.some((part) => part.kind === "block" && part.call.name === "changes"),
  );
  if (shown || settings.pages.some((page) => page.path === changesPath)) return settings;
  const title = localeFor(settings.locale).t("page.changes");
  const page: PageSettings = {
    path: changesPath,
    title,
    nav: title,
    prose: defaultProseFile(changesPath),
    layout: "changes",
    inNavigation: false,
  };
  return { ...settings, pages: [...settings.pages, page] };
}
