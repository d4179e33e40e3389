// The preview serves src/ through a folder of links to its entries, with a cache of its own:
// Framework keeps loader output in <root>/.observablehq/cache, and a build (of any evidence
// folder, even while the preview runs) writes src/'s cache. Dependency bundles stay shared.
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, watch } from "node:fs";
import { join, resolve } from "node:path";
import { frameworkCache } from "./framework-cache.ts";

/** Framework's bundles of node_modules and npm packages: the same for every evidence folder. */
const sharedBundles = ["_node", "_npm", "_observablehq"];

function link(target: string, path: string): void {
  if (!lstatSync(path, { throwIfNoEntry: false })) symlinkSync(resolve(target), path);
}

/** Links every entry of `source` (but its cache) into `mirror`, now and as entries come and go. */
function syncEntries(source: string, mirror: string): void {
  const names = new Set(readdirSync(source).filter((name) => name !== ".observablehq"));
  for (const name of names) link(join(source, name), join(mirror, name));
  for (const name of readdirSync(mirror))
    if (name !== ".observablehq" && !names.has(name)) rmSync(join(mirror, name), { force: true });
}

/** Makes `mirror` a Framework root showing `source`; returns a function that stops following it. */
export function mirrorRoot(source: string, mirror: string): () => void {
  rmSync(mirror, { recursive: true, force: true });
  const cache = join(mirror, ".observablehq/cache");
  mkdirSync(cache, { recursive: true });
  for (const name of sharedBundles) {
    mkdirSync(join(frameworkCache, name), { recursive: true });
    link(join(frameworkCache, name), join(cache, name));
  }
  syncEntries(source, mirror);
  const watcher = watch(source, () => {
    if (existsSync(mirror)) syncEntries(source, mirror);
  });
  return () => watcher.close();
}
