import { describe, expect, it } from "vitest";
import { pageUrl, shareTagsHtml } from "../../../loaders/publish/share-tags.ts";

const page = {
  url: "https://news.example/water/timeline",
  title: 'The "water" <timeline>',
  description: "When & who.",
  siteName: "Water",
  locale: "en-GB",
  image: {
    url: "https://news.example/water/_share/timeline.png",
    width: 1200,
    height: 630,
    alt: "Timeline.",
  },
};

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** content="…" of each meta property or name, decoded. */
function tags(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g))
    found.set(key as string, decode(value as string));
  return found;
}

describe("shareTagsHtml(page)", () => {
  it("writes the canonical link, Open Graph and a large Twitter card with the image's size and alt", () => {
    const html = shareTagsHtml(page);
    expect(html).toContain('<link rel="canonical" href="https://news.example/water/timeline">');
    const found = tags(html);
    expect(Object.fromEntries(found)).toMatchObject({
      "og:title": 'The "water" <timeline>',
      "og:description": "When & who.",
      "og:url": page.url,
      "og:image": page.image.url,
      "og:image:width": "1200",
      "og:image:height": "630",
      "og:image:alt": "Timeline.",
      "og:locale": "en_GB",
      "twitter:card": "summary_large_image",
      "twitter:image": page.image.url,
    });
  });
  it("escapes what it is given, so a title cannot add markup to the head", () => {
    expect(shareTagsHtml(page)).not.toContain("<timeline>");
  });
});

describe("pageUrl(siteUrl, path)", () => {
  it("puts the front page and other pages under the site's address, a sub-path kept", () => {
    expect(pageUrl("https://news.example/water", "/")).toBe("https://news.example/water/");
    expect(pageUrl("https://news.example/water", "/embed/timeline")).toBe(
      "https://news.example/water/embed/timeline",
    );
  });
});
