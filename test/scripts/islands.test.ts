import { parseHtml, rewriteHtml } from "@observablehq/framework/dist/html.js";
import { describe, expect, it } from "vitest";
import { extractIslands, islandStub, resolveIsland, spliceIslands } from "../../scripts/lib/islands.ts";

const entry = (n: number) =>
  `<li id="e-${n}" class="tl-entry"><p>Text &amp; more &#36;{not live} &#39;${n}&#39;</p><p class="cites">Source: <a href="/sources/5#source-${n}">A</a>, <a href="https://news.example/a?b=1&amp;c=2">B</a></p></li>`;
/** A list block past the island size, as the page loaders write them. */
const list = (entries: number) =>
  `<ol class="tl-entries">${Array.from({ length: entries }, (_, n) => entry(n)).join("")}</ol>`;
const page = (body: string) =>
  `---\ntitle: "A page"\n---\n<link rel="stylesheet" href="../evidence.css">\n\n${body}\n`;

/** The DOM a browser builds from some HTML, serialised the one way (jsdom's). */
const dom = (html: string) => parseHtml(html).document.body.innerHTML;

describe("extractIslands(markdown)", () => {
  it("takes out a large plain HTML block and leaves a stub with each of its ids and links once", () => {
    const block = list(80);
    const { markdown, islands } = extractIslands(page(block));
    expect(islands).toEqual([block]);
    expect(markdown).toContain('<link rel="stylesheet" href="../evidence.css">');
    expect(markdown).not.toContain("Text &amp; more");
    const stub = markdown.split("\n").find((line) => line.startsWith("<!--dossier-island:0-->")) ?? "";
    expect(stub).toBe(islandStub(block, 0));
    expect(stub.match(/<span id="e-\d+">/g)).toHaveLength(80);
    expect(stub.match(/<a href="\/sources\/5#source-\d+">/g)).toHaveLength(80);
    // External links are not checked by Framework, so the stub leaves them out.
    expect(stub).not.toContain("news.example");
  });

  it("leaves small blocks, fenced code and blocks Framework must rewrite with Framework", () => {
    const kept = [
      list(2),
      `\`\`\`js\n${list(80)}\n\n${list(80)}\n\`\`\``,
      `${list(80)}<img src="a.png">`,
      `${list(80)}<a href="/data/a.csv" download>csv</a>`,
      `${list(80)}<script>1</script>`,
      `${list(80)}\${live}`,
      `${list(80)}<!-- a comment -->`,
      `<span>${list(80)}</span>`,
      `  ${list(80)}`.replace(/^ {2}/, "    "),
      `${list(80)}<a href='/single-quoted'>x</a>`,
    ];
    for (const body of kept)
      expect(extractIslands(page(body))).toEqual({ markdown: page(body), islands: [] });
  });
});

describe("resolveIsland(island, pagePath)", () => {
  it("rewrites links, external links and heading anchors as Framework's rewriteHtml does", () => {
    const island = `<div>${list(3)}<p><a href="https://x.example/" rel="external">C</a> <a href="mailto:a@b.example" target="_self">D</a> <a href="#e-1">here</a> <a href="../timeline">up</a> <a href="/">home</a> <a href="/timeline/2015.html?x=1#e-2">2015</a> <a href="/sources/caf%C3%A9">café</a></p><h2 id="month">March <span>2014</span></h2><h3>no id</h3></div>`;
    const resolved = resolveIsland(island, "/timeline/2014");
    expect(resolved).toContain('href="../sources/5#source-1"');
    expect(resolved).toContain('href="../"');
    expect(resolved).toContain('href="./2015?x=1#e-2"');
    expect(resolved).toContain('href="../timeline"');
    const links: Record<string, string> = {
      "/sources/5#source-0": "../sources/5#source-0",
      "/sources/5#source-1": "../sources/5#source-1",
      "/sources/5#source-2": "../sources/5#source-2",
      "../timeline": "../timeline",
      "/": "../",
      "/timeline/2015.html?x=1#e-2": "./2015?x=1#e-2",
      "/sources/café": "../sources/café",
    };
    const framework = rewriteHtml(island, { resolveLink: (href) => links[href] ?? href });
    expect(dom(resolved)).toBe(dom(framework));
  });
});

describe("spliceIslands(html, islands, pagePath)", () => {
  it("puts each island back in place of its stub, and fails when a stub is missing", () => {
    const islands = [list(2), list(3)];
    const html = `<main>${islandStub(islands[0] ?? "", 0)}<p>between</p>${islandStub(islands[1] ?? "", 1)}</main>`;
    const spliced = spliceIslands(html, islands, "/index");
    expect(spliced).toBe(
      `<main>${resolveIsland(islands[0] ?? "", "/index")}<p>between</p>${resolveIsland(islands[1] ?? "", "/index")}</main>`,
    );
    expect(spliced).toContain('href="./sources/5#source-1"');
    expect(() => spliceIslands("<main></main>", islands, "/index")).toThrow(/2 islands taken out, 0 found/);
  });
});
