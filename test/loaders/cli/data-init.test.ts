import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { initEvidenceFolder, initialTable, skeletonPages } from "../../../loaders/cli/data-init.ts";
import { readEvidence } from "../../../loaders/evidence.ts";
import { formatProblem } from "../../../loaders/problem.ts";
import { schemas } from "../../../loaders/schema/index.ts";
import { headerRow } from "../../../loaders/schema/types.ts";
import { blockCatalogue } from "../../../loaders/site/blocks/catalogue.ts";
import { readInvestigation } from "../../../loaders/site/investigation.ts";
import { defaultSettings } from "../../../loaders/site/settings.ts";

const work = mkdtempSync(join(tmpdir(), "dossier-init-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("initEvidenceFolder(dir)", () => {
  it("writes every table with its header and a commented example, which is valid and empty", () => {
    const dir = join(work, "new");
    const files = initEvidenceFolder(dir);
    expect(files).toHaveLength(schemas.length + 1 + skeletonPages.length);
    for (const schema of schemas) {
      const [header, example] = readFileSync(join(dir, schema.file), "utf8").split("\n");
      expect(header).toBe(headerRow(schema));
      expect(example).toMatch(/^# /);
    }
    const { evidence, problems } = readEvidence(dir);
    expect(problems).toEqual([]);
    expect(Object.values(evidence).every((rows) => rows.length === 0)).toBe(true);
  });

  it("gives examples that, uncommented, form a valid evidence folder with one row per table", () => {
    const dir = join(work, "uncommented");
    initEvidenceFolder(dir);
    for (const schema of schemas) {
      const file = join(dir, schema.file);
      writeFileSync(file, readFileSync(file, "utf8").replace("\n# ", "\n"));
    }
    const { evidence, problems } = readEvidence(dir);
    expect(problems.map((p) => p.message)).toEqual([]);
    expect(Object.values(evidence).map((rows) => rows.length)).toEqual(schemas.map(() => 1));
  });

  it("refuses a folder that already has files", () => {
    const dir = join(work, "taken");
    initEvidenceFolder(dir);
    expect(() => initEvidenceFolder(dir)).toThrow(/not empty/);
  });
});

describe("initialTable(name)", () => {
  it("quotes example cells that hold commas", () => {
    expect(initialTable("sources")).toContain('"Example Company asked for customer records, report says"');
  });
});

describe("initEvidenceFolder(dir): settings and prose", () => {
  it("writes site.json and a prose file per page that read without a problem", () => {
    const dir = join(work, "investigation");
    initEvidenceFolder(dir);
    const { investigation, problems } = readInvestigation(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(investigation.settings.title).toBe("New investigation");
    expect(investigation.settings.pages.map((p) => p.path)).toEqual([
      ...defaultSettings.pages.map((p) => p.path),
      "/corrections",
    ]);
    for (const page of skeletonPages) expect(existsSync(join(dir, page.prose))).toBe(true);
  });

  it("places every block of the catalogue on some page of the skeleton", () => {
    const dir = join(work, "skeleton");
    initEvidenceFolder(dir);
    const prose = skeletonPages.map((p) => readFileSync(join(dir, p.prose), "utf8")).join("\n");
    const placed = new Set([...prose.matchAll(/\{\{ ([a-z-]+)/g)].map((m) => m[1]));
    // {{ changes }} is on the page the kit adds when the folder is in a git repository.
    expect(Object.keys(blockCatalogue).filter((name) => !placed.has(name))).toEqual([
      "key-figures",
      "changes",
    ]);
  });
});
