import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  directionProblem,
  globalProblems,
  type Import,
  importGraph,
  parseImports,
  sourceFiles,
} from "./imports.ts";

const graph = importGraph(".");
const edge = (from: string, to: string, relative = true): Import => ({ from, to, relative, line: 1 });

describe("the import graph of src/, loaders/, scripts/, bench/ and the config", () => {
  it("has no import against the direction shared <- loaders <- pages <- scripts, shared <- components", () => {
    expect(graph.imports.length).toBeGreaterThan(300);
    expect(graph.imports.flatMap((i) => directionProblem(i) ?? [])).toEqual([]);
  });
  it("has no browser or Node global in src/shared", () => {
    expect(globalProblems(graph.globals)).toEqual([]);
  });
});

describe("directionProblem(import)", () => {
  it("rejects src/shared importing anything outside src/shared, or a Node module", () => {
    expect(directionProblem(edge("src/shared/a.ts", "loaders/model.ts"))).toMatch(/only src\/shared/);
    expect(directionProblem(edge("src/shared/a.ts", "src/components/el.ts"))).toMatch(/only src\/shared/);
    expect(directionProblem(edge("src/shared/a.ts", "node:fs", false))).toMatch(/no Node modules/);
    expect(directionProblem(edge("src/shared/a.ts", "src/shared/b.ts"))).toBeUndefined();
    expect(directionProblem(edge("src/shared/a.ts", "d3-scale", false))).toBeUndefined();
  });
  it("rejects loaders importing src/ other than src/shared", () => {
    expect(directionProblem(edge("loaders/a.ts", "src/components/timeline.ts"))).toMatch(/only src\/shared/);
    expect(directionProblem(edge("loaders/a.ts", "src/shared/enums.ts"))).toBeUndefined();
  });
  it("rejects src/components importing loaders, pages or Node modules", () => {
    expect(directionProblem(edge("src/components/a.ts", "loaders/model.ts"))).toMatch(
      /src\/components imports/,
    );
    expect(directionProblem(edge("src/components/a.ts", "node:path", false))).toMatch(/no Node modules/);
    expect(directionProblem(edge("src/components/a.ts", "src/shared/enums.ts"))).toBeUndefined();
  });
  it("rejects any import of a page loader, of scripts/ from outside it, and of bench/", () => {
    expect(directionProblem(edge("loaders/a.ts", "src/index.md.ts"))).toMatch(/only src\/shared|page loader/);
    expect(directionProblem(edge("scripts/a.ts", "src/[page].md.ts"))).toMatch(/page loader/);
    expect(directionProblem(edge("scripts/a.ts", "src/data/evidence.json.ts"))).toMatch(/page loader/);
    expect(directionProblem(edge("loaders/a.ts", "scripts/lib/x.ts"))).toMatch(/only scripts/);
    expect(directionProblem(edge("src/index.md.ts", "bench/run.ts"))).toMatch(/nothing imports bench/);
    expect(directionProblem(edge("scripts/build.ts", "scripts/lib/x.ts"))).toBeUndefined();
    expect(directionProblem(edge("bench/run.ts", "scripts/lib/x.ts"))).toBeUndefined();
  });
});

describe("parseImports(root, file, text) and globalProblems(globals)", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-imports-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("finds a bad import written to a file in src/shared, and ignores one inside a template string", () => {
    mkdirSync(join(dir, "src/shared"), { recursive: true });
    mkdirSync(join(dir, "loaders"), { recursive: true });
    writeFileSync(join(dir, "loaders/model.ts"), "export const x = 1;\n");
    const text =
      'import { x } from "../../loaders/model.js";\nexport const page = `import {y} from "../../loaders/z.js";`;\nexport const z = await import("node:fs");\n';
    writeFileSync(join(dir, "src/shared/bad.ts"), text);
    const { imports } = parseImports(
      dir,
      "src/shared/bad.ts",
      readFileSync(join(dir, "src/shared/bad.ts"), "utf8"),
    );
    expect(imports.map((i) => i.to)).toEqual(["loaders/model.ts", "node:fs"]);
    expect(imports.map((i) => directionProblem(i))).toEqual([
      expect.stringMatching(/^src\/shared\/bad.ts:1 imports loaders\/model.ts/),
      expect.stringMatching(/no Node modules/),
    ]);
  });
  it("flags document and process used in src/shared, not a property or parameter of that name", () => {
    const text =
      "export function f(node: { document: string }) { return document.title + node.document + process.env.X; }\n";
    const { globals } = parseImports(".", "src/shared/x.ts", text);
    expect(globalProblems(globals)).toEqual([
      "src/shared/x.ts:1 uses document: src/shared runs in Node and in the browser",
      "src/shared/x.ts:1 uses process: src/shared runs in Node and in the browser",
    ]);
  });
});

describe("source files", () => {
  const limit = 300;
  const lines = (file: string) => readFileSync(file, "utf8").split("\n").length - 1;
  it(`no file in src/, loaders/, scripts/ or bench/ is over ${limit} lines`, () => {
    const files = sourceFiles(".", ["src", "loaders", "scripts", "bench"]);
    expect(files.length).toBeGreaterThan(100);
    expect(
      files.filter((file) => lines(file) > limit).map((file) => `${file}: ${lines(file)} lines`),
    ).toEqual([]);
  });
});
