import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../loaders/site/markdown.ts";
import { pageDocument } from "../../../loaders/site/page-document.ts";
import { searchScript } from "../../../loaders/site/search-box.ts";
import { escapeHtml } from "../../../src/shared/html.ts";

describe("pageDocument(page)", () => {
  it("writes front matter, each stylesheet once, one HTML block, each script once and the search box's script", () => {
    const doc = pageDocument({
      title: "T",
      root: "./",
      parts: [
        { html: "<p>a</p>", stylesheets: ["x.css"], script: "run()" },
        { html: "<p>b</p>", stylesheets: ["x.css", "y.css"], script: "run()" },
      ],
    });
    expect(doc).toBe(
      '---\ntitle: "T"\n---\n<link rel="stylesheet" href="./x.css">\n<link rel="stylesheet" href="./y.css">\n\n<p>a</p>\n<p>b</p>\n\n```js\nrun()\n```\n\n```js\n' +
        searchScript("./") +
        "\n```\n",
    );
  });

  it("gives a page without the site's header (an embed page) no search script", () => {
    const doc = pageDocument({
      title: "T",
      root: "../",
      options: { header: false },
      parts: [{ html: "<p>a</p>" }],
    });
    expect(doc).not.toContain("search");
  });

  it("puts consecutive parts of one group in the group's wrapper", () => {
    const group = { key: "k", open: "<section>", close: "</section>" };
    const doc = pageDocument({
      title: "T",
      root: "./",
      parts: [
        { html: "<p>0</p>" },
        { html: "<p>1</p>", group },
        { html: "<p>2</p>", group },
        { html: "<p>3</p>" },
      ],
    });
    expect(doc).toContain("<p>0</p>\n<section><p>1</p><p>2</p></section>\n<p>3</p>");
  });

  it("refuses HTML with a blank line, which would end the block and let Markdown in", () => {
    expect(() => pageDocument({ title: "T", root: "./", parts: [{ html: "<p>a\n\n# b</p>" }] })).toThrow(
      /blank line/,
    );
  });

  it("starts the block with a block-level tag, so Framework reads it as one HTML block", () => {
    expect(pageDocument({ title: "T", root: "./", parts: [{ html: "<span>x</span>" }] })).toContain(
      "\n<div><span>x</span></div>\n",
    );
  });
});

describe("escapeHtml(text)", () => {
  it("writes markup, ${…}, backticks and line breaks as character references", () => {
    expect(escapeHtml("<b a=\"1\">\n\n# ${x} `y` & 'z'\r")).toBe(
      "&lt;b a=&quot;1&quot;&gt;&#10;&#10;# &#36;{x} &#96;y&#96; &amp; &#39;z&#39;&#13;",
    );
  });
});

describe("renderMarkdown(file, line, text, ids)", () => {
  it("renders Markdown, shows raw HTML as text and gives headings unique ids", () => {
    const { html } = renderMarkdown("f.md", 1, "## A b\n\n<script>x</script> and $5\n\n## A b", new Set());
    expect(html).toContain('<h2 id="a-b">A b</h2>');
    expect(html).toContain('<h2 id="a-b-2">A b</h2>');
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt; and &#36;5");
  });

  it("keeps code's blank lines as character references", () => {
    const { html } = renderMarkdown("f.md", 1, "```\na\n\nb\n```", new Set());
    expect(html).not.toMatch(/\n\s*\n/);
    expect(html).toContain("a&#10;&#10;b");
  });

  it("refuses an image from another host, naming the file and line", () => {
    const { problems } = renderMarkdown(
      "w/pages/x.md",
      10,
      "Text\n\n![map](https://cdn.example/map.png)",
      new Set(),
    );
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(["w/pages/x.md:12"]);
    expect(problems[0]?.message).toMatch(/load from another host/);
  });

  it("counts top-level headings with their lines", () => {
    expect(renderMarkdown("f.md", 5, "# One\n\ntext\n\n# Two", new Set()).h1Lines).toEqual([5, 9]);
  });
});
