// Structured data for search engines (schema.org as JSON-LD in each page's head): every page as a
// NewsArticle, and the evidence as a Dataset with one DataDownload per published CSV/JSON file.
// Typed with schema-dts, so a misspelt property or a wrong type fails `npm run check`.
import type {
  CorrectionComment,
  DataDownload,
  Dataset,
  NewsArticle,
  Organization,
  WithContext,
} from "schema-dts";
import { plainBounds } from "../dates.ts";
import type { Correction, Evidence, PartialDate } from "../model.ts";

export interface Publisher {
  name: string;
  url?: string;
}

/** What every page's structured data says about the site. */
export interface SiteFacts {
  /** Absolute, without a trailing slash. */
  url: string;
  title: string;
  description: string;
  /** BCP 47. */
  locale: string;
  publisher?: Publisher;
  /** When the investigation was published (site.json `published`), else the evidence's latest date. */
  published?: string;
  /** The latest date of any row in the evidence (ISO, at the precision it was typed). */
  modified?: string;
  /** "earliest/latest" over the evidence's dates (ISO 8601 interval). */
  coverage?: string;
  /** Every correction, newest first; `url` is its entry on the corrections page (absolute). */
  corrections?: readonly { text: string; date: string; url?: string }[];
}

/**
 * When the evidence last changed: its latest row, or its newest correction when that is later
 * (a correction made years on is a modification; ISO text sorts as dates).
 */
export function modifiedDate(
  latest: string | undefined,
  corrections: readonly Correction[],
): string | undefined {
  let modified = latest;
  for (const c of corrections)
    for (const day of plainBounds(c.date)) if (modified === undefined || day > modified) modified = day;
  return modified;
}

function correctionLd(c: { text: string; date: string; url?: string }): CorrectionComment {
  return {
    "@type": "CorrectionComment",
    text: c.text,
    datePublished: c.date,
    ...(c.url ? { url: c.url } : {}),
  };
}

export interface Download {
  name: string;
  /** Absolute. */
  url: string;
  /** MIME type: text/csv, application/json. */
  format: string;
}

/** Every date a row of the evidence carries: when sources were published, events, statements, figures. */
function evidenceDates(evidence: Evidence): string[] {
  const dates: (PartialDate | undefined)[] = [
    ...evidence.sources.map((s) => s.published),
    ...evidence.events.rows().flatMap((e) => [e.date, e.endDate]),
    ...evidence.statements.map((s) => s.date),
    ...evidence.figures.map((f) => f.asOf),
  ];
  return dates.flatMap((d) => (d ? plainBounds(d) : []));
}

/** The earliest and latest dates of the evidence (ISO text sorts as dates: 2018 < 2018-08-06). */
export function evidenceDateRange(evidence: Evidence): { earliest: string; latest: string } | undefined {
  const dates = evidenceDates(evidence);
  if (!dates.length) return undefined;
  let [earliest, latest] = [dates[0] as string, dates[0] as string];
  for (const date of dates) {
    if (date < earliest) earliest = date;
    if (date > latest) latest = date;
  }
  return { earliest, latest };
}

function organization(publisher: Publisher): Organization {
  return { "@type": "Organization", name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) };
}

/** The evidence's identifier, so each article can say it is based on it. */
export function datasetId(site: SiteFacts): string {
  return `${site.url}/#evidence`;
}

export function newsArticleLd(
  site: SiteFacts,
  page: { url: string; title: string; description: string; image?: string },
): WithContext<NewsArticle> {
  const published = site.published ?? site.modified;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    inLanguage: site.locale,
    isPartOf: { "@type": "WebSite", name: site.title, url: `${site.url}/` },
    isBasedOn: { "@id": datasetId(site) },
    ...(page.image ? { image: page.image } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(site.modified ? { dateModified: site.modified } : {}),
    ...(site.publisher ? { publisher: organization(site.publisher) } : {}),
    ...(site.corrections?.length ? { correction: site.corrections.map(correctionLd) } : {}),
  };
}

export function datasetLd(site: SiteFacts, downloads: readonly Download[]): WithContext<Dataset> {
  const distribution: DataDownload[] = downloads.map((d) => ({
    "@type": "DataDownload",
    name: d.name,
    contentUrl: d.url,
    encodingFormat: d.format,
  }));
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": datasetId(site),
    name: site.title,
    description: site.description,
    url: `${site.url}/`,
    inLanguage: site.locale,
    distribution,
    ...(site.coverage ? { temporalCoverage: site.coverage } : {}),
    ...(site.modified ? { dateModified: site.modified } : {}),
    ...(site.publisher
      ? { publisher: organization(site.publisher), creator: organization(site.publisher) }
      : {}),
  };
}

/**
 * A JSON-LD block for a page's head. `<` is written as \u003c, so no text (a title holding
 * "</script>") can end the element early; the JSON means the same.
 */
export function jsonLdScript(value: object): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, "\\u003c")}</script>`;
}
