// Files the build adds beside Framework's output for editors who embed charts: the host script
// (/embed.js) and, for every chart in the registry, its downloads and oEmbed response.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { chartRegistry } from "../../loaders/charts/registry.ts";
import { writeChartAssets } from "../../loaders/embed/assets.ts";
import { siteUrl } from "../../loaders/embed/site-url.ts";
import type { Evidence } from "../../loaders/model.ts";

/** embed.js: a classic script (no module), minified, for any CMS. */
export async function hostScript(): Promise<string> {
  const result = await build({
    entryPoints: ["src/components/embed-host.ts"],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2018",
    write: false,
    legalComments: "none",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild produced no embed.js");
  return file.text;
}

export async function writeEmbedAssets(outDir: string, evidence: Evidence): Promise<number> {
  writeFileSync(join(outDir, "embed.js"), await hostScript());
  const charts = await writeChartAssets(outDir, chartRegistry, evidence, siteUrl());
  return charts.length;
}
