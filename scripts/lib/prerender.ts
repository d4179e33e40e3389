// The build runs every page and data loader in this one process and writes their output where
// Framework caches loader output; Framework then finds it and runs no loader processes (each
// would start Node and import vega, arquero and the evidence again: 2–8 s a page).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderParams, RenderLoader } from "../../loaders/render/loader-entry.ts";

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

/** The outputs a loader file makes: one, or one per dynamic path for a [param] file. */
export function loaderTargets(
  file: string,
  dynamicPaths: readonly string[],
): { target: string; params: LoaderParams }[] {
  const output = file.replace(/\.ts$/, "");
  const param = /\[([a-z0-9_]+)\]/i.exec(output);
  if (!param) return [{ target: output, params: {} }];
  const [before = "", after = ""] = output.split(param[0]);
  const ext = /\.(md|json)$/.exec(after)?.[0] ?? "";
  return dynamicPaths
    .map((path) => path.replace(/^\//, "") + (ext === ".md" ? ".md" : ""))
    .filter((target) => target.startsWith(before) && target.endsWith(after))
    .map((target) => ({
      target,
      params: { [param[1] as string]: target.slice(before.length, target.length - after.length) },
    }));
}

/** A loader written as a module (default export render); others run as Framework processes. */
function isRenderModule(path: string): boolean {
  return /^export default (async )?function render\b/m.test(readFileSync(path, "utf8"));
}

/** Runs each loader module's render() and writes its output to Framework's cache. */
export async function prerenderLoaders(dynamicPaths: readonly string[], root = "src"): Promise<string[]> {
  const written: string[] = [];
  for (const file of loaderFiles(root).filter((f) => isRenderModule(join(root, f)))) {
    const module = (await import(pathToFileURL(join(root, file)).href)) as { default: RenderLoader };
    for (const { target, params } of loaderTargets(file, dynamicPaths)) {
      const path = join(root, frameworkCacheFolder, target);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, await module.default(params));
      written.push(target);
    }
  }
  return written;
}
