// Framework 1.13 keeps loader output and dependency bundles in src/.observablehq/cache.
// Two traps live there (see docs/offline.md):
// - a clean build asks registry.npmjs.org for the versions of its stdlib's lazy imports unless a
//   version folder exists under _npm/ (seeded here, nothing is downloaded);
// - a build reuses any cached loader output, even when the CSV it read has changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export const frameworkCache = "src/.observablehq/cache";

/** Versions Framework's client and stdlib reference; an installed copy's version wins. */
const stdlibPackages: Record<string, string> = {
  "@observablehq/plot": "0.6.17",
  "@observablehq/sample-datasets": "1.0.1",
  "apache-arrow": "21.2.0",
  arquero: "8.0.3",
  "d3-dsv": "3.0.2",
  d3: "7.9.0",
  echarts: "6.1.0",
  htl: "0.3.1",
  leaflet: "1.9.4",
  lodash: "4.17.21",
  "mapbox-gl": "3.32.0",
  "parquet-wasm": "0.8.0",
  "react-dom": "19.1.0",
  react: "19.1.0",
  "topojson-client": "3.1.0",
};

/** Creates the _npm/<name>@<version> folders so the build resolves versions without the network. */
export function seedNpmVersions(): void {
  for (const [name, pinned] of Object.entries(stdlibPackages)) {
    const manifest = join("node_modules", name, "package.json");
    const version = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : pinned;
    mkdirSync(join(frameworkCache, "_npm", `${name}@${version}`), { recursive: true });
  }
}

/** Deletes cached loader outputs so every build re-runs the loaders; keeps dependency bundles. */
export function clearLoaderOutputs(): void {
  if (!existsSync(frameworkCache)) return;
  for (const entry of readdirSync(frameworkCache)) {
    if (!["_node", "_npm", "_observablehq"].includes(entry)) {
      rmSync(join(frameworkCache, entry), { recursive: true, force: true });
    }
  }
}
