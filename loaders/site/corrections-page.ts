// Corrections are never hidden: when the evidence has corrections and no page of the site places
// {{ corrections }}, the kit adds the page /corrections (layout "corrections") at the end of the
// navigation. A site that lists /corrections with prose of its own must place the block there.
import { localeFor } from "../../src/shared/locale/locale.ts";
import type { Evidence } from "../model.ts";
import { type Problem, warning } from "../problem.ts";
import type { Prose } from "./prose.ts";
import { defaultProseFile, type PageSettings, type SiteSettings } from "./settings.ts";

export const correctionsPath = "/corrections";

function places(prose: Iterable<Prose>, block: string): boolean {
  for (const p of prose)
    if (p.parts.some((part) => part.kind === "block" && part.call.name === block)) return true;
  return false;
}

/** The corrections page in the words of the site's locale. */
export function correctionsPageIn(locale: string): PageSettings {
  const title = localeFor(locale).t("page.corrections");
  return {
    path: correctionsPath,
    title,
    nav: title,
    prose: defaultProseFile(correctionsPath),
    layout: "corrections",
    inNavigation: true,
  };
}

/** The page the kit adds, or undefined (no corrections, or a page already lists them). */
export function correctionsPage(
  settings: SiteSettings,
  evidence: Evidence,
  prose: ReadonlyMap<string, Prose>,
): PageSettings | undefined {
  if (!evidence.corrections.length || places(prose.values(), "corrections")) return undefined;
  if (settings.pages.some((p) => p.path === correctionsPath)) return undefined;
  return correctionsPageIn(settings.locale);
}

/** A warning when the evidence has corrections and its own /corrections page does not list them. */
export function unlistedCorrections(
  settings: SiteSettings,
  evidence: Evidence,
  prose: ReadonlyMap<string, Prose>,
  file: string,
): Problem[] {
  if (!evidence.corrections.length || places(prose.values(), "corrections")) return [];
  const page = settings.pages.find((p) => p.path === correctionsPath);
  if (!page) return [];
  return [
    warning(
      file,
      1,
      1,
      `corrections.csv has ${evidence.corrections.length === 1 ? "a correction" : `${evidence.corrections.length} corrections`} but no page places {{ corrections }}; add it to ${page.prose}, so readers can see every correction`,
    ),
  ];
}
