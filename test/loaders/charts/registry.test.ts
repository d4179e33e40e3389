// The chart registry as a whole: every chart of the site, whoever wrote it, builds on any valid
// evidence, ships a spec vega-lite compiles without warnings and its JSON schema accepts, and
// carries everything pages and embeds render from.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { chartRegistry } from "../../../loaders/charts/registry.ts";
import type { BuiltChart } from "../../../loaders/charts/types.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import type { Evidence } from "../../../loaders/model.ts";

const evidenceFolders = {
  real: "data",
  minimal: "test/fixtures/evidence/minimal",
  empty: "test/fixtures/evidence/empty",
} as const;
type FolderName = keyof typeof evidenceFolders;

const built = new Map<FolderName, Map<string, BuiltChart>>();
const evidence = new Map<FolderName, Evidence>();

beforeAll(async () => {
  for (const [name, dir] of Object.entries(evidenceFolders) as [FolderName, string][]) {
    const ev = loadEvidence(dir);
    evidence.set(name, ev);
    const charts = new Map<string, BuiltChart>();
    for (const definition of chartRegistry) charts.set(definition.id, await definition.build(ev));
    built.set(name, charts);
  }
}, 120_000);

function chart(folder: FolderName, id: string): BuiltChart {
  const c = built.get(folder)?.get(id);
  if (!c) throw new Error(`chart ${id} was not built on ${folder}`);
  return c;
}

/** vega-lite's warnings for a spec (none expected). */
function compileWarnings(spec: TopLevelSpec): string[] {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...args: readonly unknown[]) => {
    warnings.push(args.map(String).join(" "));
    return logger;
  };
  compile(spec, { logger });
  return warnings;
}

// As vega-lite's own examples test does: union types allowed, its custom formats declared.
const ajv = new Ajv({ allowUnionTypes: true, strictTypes: false });
ajv.addFormat("color-hex", () => true);
ajv.addFormat("uri", (text: string) => /^[a-z][a-z0-9+.-]*:/i.test(text));
ajv.addFormat("uri-reference", () => true);
const validateVegaLite = ajv.compile(
  JSON.parse(readFileSync("node_modules/vega-lite/build/vega-lite-schema.json", "utf8")),
);

it("the schema check rejects a spec vega-lite does not know", () => {
  expect(validateVegaLite({ mark: "bars", data: { values: [] } })).toBe(false);
});

it("chartRegistry lists charts", () => {
  expect(chartRegistry.length).toBeGreaterThan(0);
});

it("chartRegistry ids are unique slugs", () => {
  const ids = chartRegistry.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

describe.each(chartRegistry.map((c) => c.id))("chart %s", (id) => {
  const definition = () => chartRegistry.find((c) => c.id === id);

  it("is defined for a page, with a description and the tables it needs", () => {
    const d = definition();
    expect(d?.page).toMatch(/^\//);
    expect(d?.description.trim()).not.toBe("");
    expect(d?.needs.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(evidenceFolders) as FolderName[])(
    "builds on the %s evidence with its own id",
    (folder) => {
      const c = chart(folder, id);
      expect(c.id).toBe(id);
      expect(c.title.trim()).not.toBe("");
      expect(c.takeaway.trim()).not.toBe("");
    },
  );

  it("is empty on headers-only evidence, saying so in its takeaway", () => {
    const c = chart("empty", id);
    expect(c.empty).toBe(true);
    expect(c.takeaway.trim()).not.toBe("");
    expect(c.rows).toEqual([]);
  });

  it.each(["real", "minimal"] as FolderName[])(
    "on the %s evidence, carries what pages and embeds render: SVG, spec, rows, table, sources",
    (folder) => {
      const c = chart(folder, id);
      if (c.empty) return;
      expect(c.svg).toMatch(/^<svg[^>]*viewBox=/);
      expect(c.width).toBeGreaterThan(0);
      expect(c.height).toBeGreaterThan(0);
      expect(c.rows.length).toBeGreaterThan(0);
      expect(c.table.rows.length).toBeGreaterThan(0);
      expect(c.table.rows.every((row) => row.length === c.table.columns.length)).toBe(true);
      expect(c.description.trim()).not.toBe("");
      const known = new Set(evidence.get(folder)?.sources.map((s) => s.id));
      expect(c.sources.length).toBeGreaterThan(0);
      expect(c.sources.filter((s) => !known.has(s))).toEqual([]);
      expect(c.sourceLine).toMatch(/^Sources?: .+\.$/);
    },
  );

  it.each(["real", "minimal"] as FolderName[])(
    "on the %s evidence, has a vega-lite spec that compiles without warnings and fits the schema",
    (folder) => {
      const { spec, empty } = chart(folder, id);
      if (empty || !spec) return;
      const json = JSON.parse(JSON.stringify(spec)) as TopLevelSpec;
      expect(compileWarnings(json)).toEqual([]);
      const valid = validateVegaLite(json);
      expect(valid ? [] : validateVegaLite.errors?.slice(0, 5)).toEqual([]);
    },
  );

  // One file per chart, so each area reviews its own rows (update: npx vitest run -u).
  it("has the same data rows as last time on the real evidence (snapshot)", async () => {
    await expect(`${JSON.stringify(chart("real", id).rows, null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/rows/${id}.json`,
    );
  });
});
