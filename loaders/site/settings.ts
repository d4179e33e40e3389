// The settings of one investigation, from site.json in its folder. Every key is optional; the
// defaults below make a folder with only CSVs a complete site in neutral words.
import type { ActorKind } from "../../src/shared/enums.ts";
import { type Locale, localeFor } from "../../src/shared/locale/locale.ts";

/** A kit page layout: the prose a page gets when its folder has no prose file for it. */
export const PageLayout = {
  overview: "the front page: key figures, a preview of the timeline, the other pages, how it was made",
  timeline: "the interactive timeline and every event and statement in time order",
  scale: "every scale chart with what does not add up",
  statements: "claims matrix, reported vs said, a word-by-word comparison and every statement",
  comparison: "actors of one kind side by side (the comparison settings)",
  sources: "every source and what cites it",
  embeds: "every chart with its embed code and downloads",
  corrections: "every correction made after publication, newest first",
  changes:
    "the evidence's history from git, commit by commit (the kit adds /changes when the folder is in a git repository)",
  blank: "the page title only: write the page in its prose file",
} as const;
export type PageLayout = keyof typeof PageLayout;

export interface PageSettings {
  /** "/" or "/<slug>". */
  path: string;
  /** The page's <title> (before the site's title) and, unless its prose has one, its heading. */
  title: string;
  /** The link text in the site's navigation. */
  nav: string;
  /** For search engines and link previews. */
  description?: string;
  /** The prose file, relative to the investigation folder. */
  prose: string;
  layout: PageLayout;
  /** Listed in the navigation. */
  inNavigation: boolean;
}

/** What the comparison's columns show, in the order the table has them. */
export const ComparisonColumn = {
  contacted: "the sources of the request events that name the actor",
  asked: "the request events that name the actor (what it was asked)",
  status: "withdrew, answered in public, response recorded, or unknown",
  response: "statements by the actor or on its behalf, verbatim",
  figures: "the latest figures about the actor (group or scope is its id or name), money and shares excepted",
} as const;
export type ComparisonColumn = keyof typeof ComparisonColumn;

export interface ComparisonSettings {
  /** The kind of actor compared: one row per actor of this kind. */
  kind: ActorKind;
  /** The row header's word for one actor ("Bank"), and the caption's for several ("banks"). */
  one: string;
  many: string;
  /** Event kinds (events.csv kind slugs) the comparison reads. */
  eventKinds: { request: string; withdrawal: string; response: string };
  columns: { column: ComparisonColumn; title: string }[];
}

export interface SiteSettings {
  title: string;
  description: string;
  /** BCP 47. */
  locale: string;
  /** The published address (DOSSIER_SITE_URL overrides it). */
  url?: string;
  /** Who publishes the investigation (structured data for search engines). */
  publisher?: { name: string; url?: string };
  /** When it was first published, YYYY-MM-DD (structured data; else the evidence's latest date). */
  published?: string;
  pages: PageSettings[];
  comparison: ComparisonSettings;
  /** Publish /changes, the evidence's history, when the folder is in a git repository. */
  changes: boolean;
}

export const settingsFile = "site.json";

/** The prose file a page path reads by default: pages/index.md for "/", pages/<slug>.md else. */
export function defaultProseFile(path: string): string {
  return `pages/${path === "/" ? "index" : path.slice(1)}.md`;
}

function page(path: string, title: string, layout: PageLayout): PageSettings {
  return { path, title, nav: title, prose: defaultProseFile(path), layout, inNavigation: true };
}

/** The defaults in the words of `locale` (its catalogue's "site.", "page." and "comparison." keys). */
export function defaultSettingsIn(locale: Locale): SiteSettings {
  const { t } = locale;
  return {
    title: t("site.title"),
    description: t("site.description"),
    locale: locale.tag,
    pages: [
      page("/", t("page.overview"), "overview"),
      page("/timeline", t("page.timeline"), "timeline"),
      page("/scale", t("page.scale"), "scale"),
      page("/statements", t("page.statements"), "statements"),
      page("/comparison", t("page.comparison"), "comparison"),
      page("/sources", t("page.sources"), "sources"),
      page("/embed", t("page.embeds"), "embeds"),
    ],
    comparison: {
      kind: "company",
      one: t("comparison.one"),
      many: t("comparison.many"),
      eventKinds: { request: "request", withdrawal: "withdrawal", response: "response" },
      columns: (["contacted", "asked", "status", "response", "figures"] as const).map((column) => ({
        column,
        title: t(`comparison.column.${column}`),
      })),
    },
    changes: true,
  };
}

export const defaultSettings: SiteSettings = defaultSettingsIn(localeFor("en-US"));

/** Slugs the kit's own files use at the site's top level. */
export const reservedSlugs = [
  "components",
  "data",
  "shared",
  "charts",
  "oembed",
  "_file",
  "_import",
  "_node",
  "_npm",
  "_observablehq",
  "404",
];
