import type { DataDownload, Dataset, NewsArticle, WithContext } from "schema-dts";
import { describe, expect, it } from "vitest";
import { loadEvidence } from "../../../loaders/evidence.ts";
import {
  datasetLd,
  evidenceDateRange,
  jsonLdScript,
  newsArticleLd,
  type SiteFacts,
} from "../../../loaders/publish/json-ld.ts";

const site: SiteFacts = {
  url: "https://news.example/water",
  title: "Water",
  description: "What the utility knew.",
  locale: "en-GB",
  publisher: { name: "Daily Example", url: "https://news.example" },
  modified: "2019-03-01",
  coverage: "2017/2019-03-01",
};

/** The block's JSON, parsed back as a search engine reads it. */
function parsed(html: string): unknown {
  const json = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(html)?.[1];
  if (json === undefined) throw new Error(`not one JSON-LD block: ${html}`);
  return JSON.parse(json);
}

describe("newsArticleLd(site, page)", () => {
  const page = {
    url: "https://news.example/water/timeline",
    title: "Timeline",
    description: "When.",
    image: "https://news.example/water/_share/timeline.png",
  };

  it("is a schema.org NewsArticle with headline, description, dates, image and publisher", () => {
    const article = parsed(jsonLdScript(newsArticleLd(site, page))) as WithContext<NewsArticle>;
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Timeline",
      description: "When.",
      url: page.url,
      image: page.image,
      inLanguage: "en-GB",
      datePublished: "2019-03-01",
      dateModified: "2019-03-01",
      publisher: { "@type": "Organization", name: "Daily Example", url: "https://news.example" },
      isBasedOn: { "@id": "https://news.example/water/#evidence" },
    });
  });

  it("takes datePublished from the settings when they give one", () => {
    const article = newsArticleLd({ ...site, published: "2019-04-02" }, page) as { datePublished?: string };
    expect(article.datePublished).toBe("2019-04-02");
  });

  it("leaves the publisher out rather than invent one", () => {
    const { publisher: _, ...anonymous } = site;
    expect(Object.keys(newsArticleLd(anonymous, page))).not.toContain("publisher");
  });
});

describe("datasetLd(site, downloads)", () => {
  it("is a schema.org Dataset with one DataDownload per file, its format and absolute address", () => {
    const downloads = [
      { name: "data/events.csv", url: "https://news.example/water/data/events.csv", format: "text/csv" },
      { name: "charts/x.json", url: "https://news.example/water/charts/x.json", format: "application/json" },
    ];
    const dataset = parsed(jsonLdScript(datasetLd(site, downloads))) as WithContext<Dataset> & {
      distribution: DataDownload[];
    };
    expect(dataset["@type"]).toBe("Dataset");
    expect(dataset["@id"]).toBe("https://news.example/water/#evidence");
    expect(dataset).toMatchObject({
      name: "Water",
      description: "What the utility knew.",
      temporalCoverage: "2017/2019-03-01",
    });
    expect(dataset.distribution).toEqual([
      {
        "@type": "DataDownload",
        name: "data/events.csv",
        contentUrl: downloads[0]?.url,
        encodingFormat: "text/csv",
      },
      {
        "@type": "DataDownload",
        name: "charts/x.json",
        contentUrl: downloads[1]?.url,
        encodingFormat: "application/json",
      },
    ]);
  });
});

describe("jsonLdScript(value)", () => {
  it("cannot be closed early by text holding </script>, and the JSON still means the same", () => {
    const html = jsonLdScript({ headline: "</script><script>alert(1)</script>" });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(parsed(html)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});

describe("evidenceDateRange(evidence)", () => {
  it("spans the earliest and the latest date of any row, at the precision typed", () => {
    const evidence = loadEvidence("test/fixtures/evidence/minimal");
    const range = evidenceDateRange(evidence);
    const all = [
      ...evidence.events.rows().flatMap((e) => [e.date.iso, e.endDate?.iso]),
      ...evidence.sources.map((s) => s.published?.iso),
      ...evidence.statements.map((s) => s.date.iso),
      ...evidence.figures.map((f) => f.asOf?.iso),
    ].filter((d): d is string => d !== undefined);
    expect(range).toEqual({ earliest: all.sort()[0], latest: all.sort().at(-1) });
  });
  it("is undefined for evidence without dates", () => {
    expect(evidenceDateRange(loadEvidence("test/fixtures/evidence/empty"))).toBeUndefined();
  });
});
