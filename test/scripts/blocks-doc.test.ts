import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blockCatalogue } from "../../loaders/site/blocks/catalogue.ts";
import { blockExample, blocksDoc, blocksSection } from "../../scripts/lib/blocks-doc.ts";
import { withSection } from "../../scripts/lib/generated-section.ts";

describe("blocksDoc()", () => {
  it("has one row per block of the catalogue, with every option's name", () => {
    const doc = blocksDoc();
    for (const [name, entry] of Object.entries(blockCatalogue)) {
      expect(doc).toMatch(new RegExp(`^\\| \`\\{\\{ ${name}[ }]`, "m"));
      for (const key of Object.keys(entry.options)) expect(doc).toContain(`\`${key}\``);
    }
    expect(doc.match(/^\| `\{\{/gm)).toHaveLength(Object.keys(blockCatalogue).length);
  });
  it("lists the values an option accepts", () => {
    expect(blocksDoc()).toContain("one of `headline`, `actors`, `events`");
  });
});

describe("blockExample(name, entry)", () => {
  it("writes the call with its required options, the first value when the option has values", () => {
    expect(blockExample("summary", blockCatalogue.summary)).toBe("{{ summary of=timeline }}");
    expect(blockExample("chart", blockCatalogue.chart)).toBe("{{ chart id=timeline }}");
    expect(blockExample("timeline", blockCatalogue.timeline)).toBe("{{ timeline }}");
  });
});

describe("docs/blocks.md", () => {
  it("lists every block as the catalogue defines it (run npm run docs after changing catalogue.ts)", () => {
    const doc = readFileSync("docs/blocks.md", "utf8");
    expect(withSection(doc, blocksSection)).toBe(doc);
  });
});
