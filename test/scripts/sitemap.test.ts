import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapUrls, sitemapXml } from "../../scripts/lib/sitemap.ts";

describe("sitemapUrls(siteUrl, files)", () => {
  it("lists every page at its absolute address, without embeds or the 404 page", () => {
    const files = [
      "index.html",
      "timeline.html",
      "timeline/2018.html",
      "embed.html",
      "embed/chart.html",
      "404.html",
    ];
    expect(sitemapUrls("https://news.example/investigations/story", files)).toEqual([
      "https://news.example/investigations/story/",
      "https://news.example/investigations/story/embed",
      "https://news.example/investigations/story/timeline",
      "https://news.example/investigations/story/timeline/2018",
    ]);
  });
});

describe("sitemapXml(urls) and robotsTxt(siteUrl)", () => {
  it("writes the sitemap protocol's XML, escaped, and a robots.txt that points at it", () => {
    const xml = sitemapXml(["https://news.example/?a=1&b=2"]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<url><loc>https://news.example/?a=1&amp;b=2</loc></url>");
    expect(robotsTxt("https://news.example/story")).toContain(
      "Sitemap: https://news.example/story/sitemap.xml",
    );
  });
});
