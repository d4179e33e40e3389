// Files the build adds beside Framework's output for editors who embed charts: the host script
// (/embed.js) and, for every chart in the registry, its downloads and oEmbed response.
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { build } from "esbuild";
import { chartRegistry } from "../../loaders/charts/registry.ts";
import { writeChartAssets } from "../../loaders/embed/assets.ts";
import type { Evidence } from "../../loaders/model.ts";

/** Where the built embed pages' own script lives, beside the site. */
export const embedScriptFolder = "_embed";

/**
 * The embed pages' script: enhanceEmbedPage and, split off and loaded only on demand, vega and
 * vega-tooltip as single files. Built embed pages load this instead of Framework's client,
 * runtime and stdlib (~17 KB gzip that a chart in an article does not use). Every file's name
 * carries its content hash, the entry's too, so a host may cache all of `_embed/` for a year
 * and a republished site is never served an old script. Returns the entry's path in the site.
 */
export async function writeEmbedPageScript(outDir: string): Promise<string> {
  const result = await build({
    entryPoints: { "embed-page": "src/components/embed-page-main.ts" },
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2020",
    platform: "browser",
    outdir: join(outDir, embedScriptFolder),
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    legalComments: "none",
    logLevel: "error",
    metafile: true,
  });
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint);
  if (!entry) throw new Error("esbuild produced no embed page script");
  return `${embedScriptFolder}/${basename(entry[0])}`;
}

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

/** `siteUrl`: the published address (site.json "url" or DOSSIER_SITE_URL), for the oEmbed responses. */
/** Returns how many charts got their downloads and the embed pages' script's path in the site. */
export async function writeEmbedAssets(
  outDir: string,
  evidence: Evidence,
  siteUrl: string,
): Promise<{ charts: number; embedScript: string }> {
  writeFileSync(join(outDir, "embed.js"), await hostScript());
  const embedScript = await writeEmbedPageScript(outDir);
  const charts = await writeChartAssets(outDir, chartRegistry, evidence, siteUrl);
  return { charts: charts.length, embedScript };
}
