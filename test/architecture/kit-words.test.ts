// The kit is code, the story is data: no text the kit's code can put on a page (string and
// template literals; Markdown and CSS outside comments) names the shipped investigation's actors,
// outlets or story. Comments, tests, fixtures and data/ are exempt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kitFiles, kitWordFindings } from "./kit-words.ts";
import { matchesIn, namesIn, shippedWords, wordPatterns } from "./shipped-words.ts";

const root = process.cwd();

describe("kitWordFindings(file, source, words)", () => {
  const words = ["Facebook", "JPMorgan", "87 million"];

  it("finds a word in a string, a template's text and a no-substitution template, case-insensitively", () => {
    const source = [
      'const a = "Facebook asked";',
      "const b = `${n} users, up to 87 MILLION`;",
      "const c = `jpmorgan`;",
    ].join("\n");
    expect(kitWordFindings("x.ts", source, words)).toEqual([
      'x.ts:1: "Facebook" in "…Facebook asked…"',
      'x.ts:2: "87 MILLION" in "… users, up to 87 MILLION…"',
      'x.ts:3: "jpmorgan" in "…jpmorgan…"',
    ]);
  });

  it("ignores comments, identifiers and words inside longer words", () => {
    const source = [
      "// Facebook asked banks",
      "/** JPMorgan Chase, e.g. */",
      "const facebook = 1;",
      'const d = "Facebookish";',
    ].join("\n");
    expect(kitWordFindings("x.ts", source, words)).toEqual([]);
  });

  it("reads Markdown and CSS as text, without their comments", () => {
    expect(kitWordFindings("x.md", "<!-- Facebook -->\n# Not found on Facebook", words)).toEqual([
      'x.md:2: "Facebook" in "…# Not found on Facebook…"',
    ]);
    expect(kitWordFindings("x.css", '/* JPMorgan */ a::after { content: "JPMorgan"; }', words)).toEqual([
      'x.css:1: "JPMorgan" in "… a::after { content: "JPMorgan"; }…"',
    ]);
  });
});

describe("wordPatterns(words)", () => {
  it("matches a short all-capitals name in capitals only", () => {
    const patterns = wordPatterns(["ICO", "Amazon"]);
    expect(matchesIn("favicon.ico, amazon", patterns)).toEqual(['"amazon" in "…favicon.ico, amazon…"']);
    expect(matchesIn("fined by the ICO", patterns)).toEqual(['"ICO" in "…fined by the ICO…"']);
  });
});

describe("namesIn(name)", () => {
  it("splits a name into the names it holds, keeping the whole", () => {
    expect(namesIn("Reuters via Yahoo")).toEqual(["Reuters via Yahoo", "Reuters", "Yahoo"]);
    expect(namesIn("Alphabet (Google)", { inner: true })).toEqual([
      "Alphabet (Google)",
      "Alphabet",
      "Google",
    ]);
    expect(namesIn("Valor (Brazil)")).toEqual(["Valor (Brazil)", "Valor"]);
  });
});

describe("the kit's code (src/, loaders/, scripts/, observablehq.config.ts)", () => {
  it("shows none of the shipped investigation's words (data/ actors and outlets, its story's words)", () => {
    const words = shippedWords();
    expect(words).toEqual(expect.arrayContaining(["Facebook", "JPMorgan Chase", "The Wall Street Journal"]));
    const files = kitFiles(root);
    expect(files.length).toBeGreaterThan(100);
    const findings = files.flatMap((file) =>
      kitWordFindings(file, readFileSync(join(root, file), "utf8"), words),
    );
    expect(findings).toEqual([]);
  });
});
