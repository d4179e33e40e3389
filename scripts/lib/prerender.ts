// The build runs every page and data loader in this one process and writes their output where
// Framework caches loader output; Framework then finds it and runs no loader processes (each
// would start Node and import vega, arquero and the evidence again: 2–8 s a page).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderParams, RenderLoader } from "../../loaders/render/loader-entry.ts";
import { extractIslands } from "./islands.ts";

const frameworkCacheFolder = ".observablehq/cache";

const loaderFile = /\.(md|json)\.ts$/;

/** Loader files under src/, relative to it (src/scale.md.ts -> scale.md.ts). */
export function loaderFiles(root = "src"): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && loaderFile.test(entry.name) && !entry.parentPath.includes(".observablehq"),
    )
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The outputs a loader file makes: one, or one per dynamic path its name matches for a file with
 * [params] (each param is one path segment, as in Framework's router: src/[page].md.ts makes
 * /timeline, not /timeline/2018).
 */
export function loaderTargets(
  file: string,
  dynamicPaths: readonly string[],
): { target: string; params: LoaderParams }[] {
  const output = file.replace(/\.ts$/, "");
  if (!/\[[a-z0-9_]+\]/i.test(output)) return [{ target: output, params: {} }];
  const pattern = new RegExp(
    `^${output
      .split(/(\[[a-z0-9_]+\])/i)
      .map((piece) => {
        const name = /^\[([a-z0-9_]+)\]$/i.exec(piece)?.[1];
        return name ? `(?<${name}>[^/]+)` : piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("")}$`,
    "i",
  );
  const ext = /\.(md|json)$/.exec(output)?.[0] ?? "";
  return dynamicPaths.flatMap((path) => {
    const target = path.replace(/^\//, "") + (ext === ".md" ? ".md" : "");
    const groups = pattern.exec(target)?.groups;
    return groups ? [{ target, params: { ...groups } }] : [];
  });
}

/** A loader written as a module (default export render); others run as Framework processes. */
function isRenderModule(path: string): boolean {
  return /^export default (async )?function render\b/m.test(readFileSync(path, "utf8"));
}

/**
 * Which loader makes each output: a path two loaders match (embed/timeline.md: embed/[chart].md.ts
 * and [page]/[part].md.ts) goes to the one with fewer params, as Framework's router prefers a
 * static segment.
 */
export function routeTargets(
  files: readonly string[],
  dynamicPaths: readonly string[],
): { file: string; target: string; params: LoaderParams }[] {
  const params = (file: string) => (file.match(/\[/g) ?? []).length;
  const claimed = new Set<string>();
  return [...files]
    .sort((a, b) => params(a) - params(b) || (a < b ? -1 : 1))
    .flatMap((file) =>
      loaderTargets(file, dynamicPaths)
        .filter(({ target }) => !claimed.has(target) && claimed.add(target))
        .map((t) => ({ file, ...t })),
    );
}

export interface Prerendered {
  /** Outputs written, relative to src/ (timeline/2014.md). */
  targets: string[];
  /** Per page output with islands (see islands.ts), the HTML blocks taken out for the build to put back. */
  islands: Map<string, string[]>;
}

/**
 * Runs each loader module's render() and writes its output to Framework's cache; with
 * `takeIslands`, a page's large plain HTML blocks are kept aside for the build to put back.
 */
export async function prerenderLoaders(
  dynamicPaths: readonly string[],
  root = "src",
  takeIslands = true,
): Promise<Prerendered> {
  const targets: string[] = [];
  const islands = new Map<string, string[]>();
  const files = loaderFiles(root).filter((f) => isRenderModule(join(root, f)));
  for (const { file, target, params } of routeTargets(files, dynamicPaths)) {
    const module = (await import(pathToFileURL(join(root, file)).href)) as { default: RenderLoader };
    const path = join(root, frameworkCacheFolder, target);
    mkdirSync(join(path, ".."), { recursive: true });
    let output = await module.default(params);
    if (takeIslands && target.endsWith(".md")) {
      const page = extractIslands(output);
      output = page.markdown;
      if (page.islands.length) islands.set(target, page.islands);
    }
    writeFileSync(path, output);
    targets.push(target);
  }
  return { targets, islands };
}
