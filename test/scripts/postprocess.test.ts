import { describe, expect, it } from "vitest";
import { buildLogProblems } from "../../scripts/lib/build-log.ts";
import {
  fixPageTemplate,
  notFoundPageBase,
  outsideResources,
  useEmbedPageScript,
} from "../../scripts/lib/postprocess.ts";

describe("fixPageTemplate(html, lang, dir)", () => {
  const page =
    '<!DOCTYPE html>\n<html>\n<head>\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">';
  it("sets the page language and allows zooming", () => {
    const fixed = fixPageTemplate(page, "en");
    expect(fixed).toContain('<html lang="en" dir="ltr">');
    expect(fixed).toContain('content="width=device-width, initial-scale=1"');
  });

  it("sets the direction of a right-to-left language", () => {
    expect(fixPageTemplate(page, "ar", "rtl")).toContain('<html lang="ar" dir="rtl">');
  });
});

describe("notFoundPageBase(html, siteUrl)", () => {
  const page = '<head>\n<base href="/">\n<link rel="stylesheet" href="./_import/style.css">';
  it("bases the 404 page on the path of the site's address, where it is published", () => {
    expect(notFoundPageBase(page, "https://news.example/investigations/story")).toContain(
      '<base href="/investigations/story/">',
    );
  });
  it("leaves it at the root for a site at the root of its host", () => {
    expect(notFoundPageBase(page, "http://127.0.0.1:3000")).toBe(page);
  });
});

describe("outsideResources(html)", () => {
  it("finds scripts, stylesheets, images and frames from other hosts", () => {
    const html = `<script src="https://cdn.jsdelivr.net/x.js"></script><link rel="stylesheet" href="//fonts.googleapis.com/css">
      <img src="http://example.com/a.png"><iframe src="https://evil.example/"></iframe><style>@import url("https://x.example/a.css")</style>`;
    expect(outsideResources(html)).toEqual([
      "https://cdn.jsdelivr.net/x.js",
      "//fonts.googleapis.com/css",
      "http://example.com/a.png",
      "https://evil.example/",
      "https://x.example/a.css",
    ]);
  });
  it("allows oEmbed discovery links, which no browser fetches", () => {
    const html =
      '<link rel="alternate" type="application/json+oembed" href="https://news.example/oembed/a.json">';
    expect(outsideResources(html)).toEqual([]);
  });
  it("allows links a reader may click and local resources", () => {
    const html =
      '<a href="https://www.wsj.com/">WSJ</a><script src="./_observablehq/client.js"></script><img src="/_file/a.svg">';
    expect(outsideResources(html)).toEqual([]);
  });
});

describe("buildLogProblems(log)", () => {
  it("finds Framework's logged errors even when it exits 0", () => {
    const log =
      "copy src/data/x.json → error in 12ms: loader failed\nrender /index → ok\nError: File '../../tsconfig.json' not found";
    expect(buildLogProblems(log)).toHaveLength(2);
  });
  it("finds broken links, which Framework only warns about", () => {
    const log = "\x1b[33mWarning: 1 broken link\x1b[39m (3 validated)\n↳ /index → /timeline#ev-1";
    expect(buildLogProblems(log)).toEqual([
      "Warning: 1 broken link (3 validated)",
      "↳ /index → /timeline#ev-1",
    ]);
  });
  it("passes a clean log", () => {
    expect(buildLogProblems("render /index → dist/index.html\n2 links validated")).toEqual([]);
  });
});

describe("useEmbedPageScript(html, src)", () => {
  // The shape Framework 1.13.4 writes for an embed page with one code cell.
  const page = `<head>
<link rel="stylesheet" type="text/css" href="../_import/style.b712115e.css">
<link rel="modulepreload" href="../_observablehq/client.bb50515b.js">
<link rel="modulepreload" href="../_import/components/embed-page.393ca998.js">
<link rel="icon" href="data:,">
<script type="module">

import {define} from "../_observablehq/client.bb50515b.js";

define({id: "8d7b55b9", outputs: ["enhanceEmbedPage"], body: async () => {
enhanceEmbedPage(document.querySelector("[data-embed]"));
}});

</script>
</head>
<body><article class="embed"></article>
<div class="observablehq observablehq--block"><!--:8d7b55b9:--></div>
</body>`;

  it("replaces Framework's client, preloads and cell with one module script", () => {
    const slim = useEmbedPageScript(page, "../_embed/embed-page.js");
    expect(slim).not.toContain("modulepreload");
    expect(slim).not.toContain("_observablehq");
    expect(slim).not.toContain("observablehq--block");
    expect(slim.match(/<script\b/g)).toHaveLength(1);
    expect(slim).toContain('<script type="module" src="../_embed/embed-page.js"></script>');
    expect(slim).toContain('href="../_import/style.b712115e.css"');
    expect(slim).toContain('<article class="embed"></article>');
  });

  it("refuses a page whose code cell it does not recognise", () => {
    expect(() => useEmbedPageScript("<head></head><body></body>", "x.js")).toThrow(/code cell/);
  });
});
