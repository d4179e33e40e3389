import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemas } from "../../loaders/schema/index.ts";
import { contractDoc, contractEnd, contractStart, withContract } from "../../scripts/lib/contract-doc.ts";

describe("contractDoc()", () => {
  it("documents every column of every table", () => {
    const doc = contractDoc();
    for (const schema of schemas) {
      expect(doc).toContain(`### \`${schema.file}\``);
      for (const column of schema.columns) expect(doc).toContain(`| \`${column.name}\` |`);
    }
  });
  it("lists every allowed value of an enumeration", () => {
    expect(contractDoc()).toContain("`reported`, `confirmed`, `denied`, `disputed`");
  });
});

describe("withContract(doc)", () => {
  it("replaces a stale contract section and keeps the text around it", () => {
    const doc = `before\n${contractStart}\nold table\n${contractEnd}\nafter\n`;
    expect(withContract(doc)).toBe(`before\n${contractDoc()}\nafter\n`);
  });
  it("throws naming docs/data.md when the markers are missing", () => {
    expect(() => withContract("no markers")).toThrow(/docs\/data\.md has no/);
  });
});

describe("docs/data.md", () => {
  it("carries the contract as the schemas define it (run npm run docs after changing loaders/schema/)", () => {
    const doc = readFileSync("docs/data.md", "utf8");
    expect(withContract(doc)).toBe(doc);
  });
});
