// The manual's front door and its reference: every relative link lands on a file that exists,
// and the README stays a front door, not the whole manual.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** Relative link targets of Markdown text, without their #anchor; code spans and fences are skipped. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, "")
    .replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1] as string)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(target))
    .map((target) => decodeURIComponent(target.split("#")[0] as string));
}

/** The links of `file` whose target does not exist, relative to the file's folder. */
function brokenLinks(file: string): string[] {
  return relativeLinks(readFileSync(file, "utf8")).filter(
    (target) => !existsSync(join(dirname(file), target)),
  );
}

const documents = [
  "README.md",
  ...readdirSync("docs")
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

describe("relativeLinks(markdown)", () => {
  it("finds relative targets without anchors and skips addresses, anchors, code spans and fenced code", () => {
    const text = [
      "See [the data](docs/data.md#tables), [a site](https://example.org/x.md), [here](#top),",
      "[mail](mailto:a@example.org) and `[not](a-link.md)`.",
      "```md",
      "[inside](fenced.md)",
      "```",
      '[titled](docs/site.md "Settings")',
    ].join("\n");
    expect(relativeLinks(text)).toEqual(["docs/data.md", "docs/site.md"]);
  });
});

describe("brokenLinks(file)", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-links-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("names a target that does not exist, relative to the file's folder", () => {
    writeFileSync(join(dir, "here.md"), "");
    writeFileSync(join(dir, "doc.md"), "[there](here.md#part) and [gone](missing.md)\n");
    expect(brokenLinks(join(dir, "doc.md"))).toEqual(["missing.md"]);
  });
  for (const file of documents)
    it(`finds none in ${file}`, () => {
      expect(brokenLinks(file)).toEqual([]);
    });
});

describe("README.md", () => {
  it("stays under 250 lines: the reference lives in docs/", () => {
    expect(readFileSync("README.md", "utf8").split("\n").length).toBeLessThan(250);
  });
});
