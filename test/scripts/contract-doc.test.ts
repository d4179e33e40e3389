import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemas } from "../../loaders/schema/index.ts";
import { contractDoc, withContract } from "../../scripts/lib/contract-doc.ts";

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

describe("README.md", () => {
  it("carries the contract as the schemas define it (run npm run docs after changing loaders/schema/)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(withContract(readme)).toBe(readme);
  });
});
