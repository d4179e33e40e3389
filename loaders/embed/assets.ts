// Files written beside the built site for every chart in the registry, at stable URLs an
// editor can link to:
//   charts/<id>.svg   static image (the page's build-time SVG, on white)
//   charts/<id>.png   the same, 2x, for CMSs that want a bitmap
//   charts/<id>.csv   the chart's rows, safe to open in a spreadsheet
//   charts/<id>.json  the rows with title, takeaway and sources
//   charts/<id>.vl.json  the vega-lite spec (vega-lite charts only)
//   charts/<id>.vg.json  the same compiled to vega, for the interactive view (vega-lite charts only)
//   oembed/<id>.json  an oEmbed "rich" response for CMSs that embed by URL
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MessageKey } from "../../src/shared/locale/catalogue.ts";
import { liveVegaSpec } from "../charts/live-spec.ts";
import { buildChart } from "../charts/registry.ts";
import type { BuiltChart, ChartDefinition } from "../charts/types.ts";
import type { Evidence } from "../model.ts";
import { siteLocale, t } from "../site/locale.ts";
import { rowsToCsv } from "./csv.ts";
import { oembedResponse } from "./oembed.ts";
import { svgToPng } from "./png.ts";

/** A standalone SVG file: opaque white background, so it reads in any image viewer. */
export function standaloneSvg(svg: string): string {
  return svg.replace(/^(<svg\b[^>]*>)/, '$1<rect width="100%" height="100%" fill="white"/>');
}

export function hasImage(chart: BuiltChart): boolean {
  return !chart.empty && /^<svg\b/.test(chart.svg);
}

/** A chart CSV's column in the site's words ("as_of" is "Stand" in German); unknown ones as named. */
export function csvHeader(column: string): string {
  const key = `csv.${column}`;
  const { messages } = siteLocale();
  return key in messages ? t(key as MessageKey) : column;
}

export function chartDownloads(chart: BuiltChart): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    [`${chart.id}.csv`]: rowsToCsv(chart.rows, undefined, csvHeader),
    [`${chart.id}.json`]: `${JSON.stringify(
      {
        id: chart.id,
        title: chart.title,
        takeaway: chart.takeaway,
        sources: chart.sourceLine,
        rows: chart.rows,
      },
      null,
      2,
    )}\n`,
  };
  if (chart.spec) {
    files[`${chart.id}.vl.json`] = `${JSON.stringify(chart.spec, null, 2)}\n`;
    files[`${chart.id}.vg.json`] = JSON.stringify(liveVegaSpec(chart.spec));
  }
  // A chart with nothing to draw has no image; its embed page shows the empty state instead.
  if (hasImage(chart)) {
    files[`${chart.id}.svg`] = standaloneSvg(chart.svg);
    files[`${chart.id}.png`] = svgToPng(standaloneSvg(chart.svg)).png;
  }
  return files;
}

export async function writeChartAssets(
  outDir: string,
  registry: readonly ChartDefinition[],
  evidence: Evidence,
  siteUrl: string,
): Promise<BuiltChart[]> {
  mkdirSync(join(outDir, "charts"), { recursive: true });
  mkdirSync(join(outDir, "oembed"), { recursive: true });
  const built: BuiltChart[] = [];
  for (const definition of registry) {
    const chart = await buildChart(definition, evidence);
    built.push(chart);
    for (const [name, content] of Object.entries(chartDownloads(chart))) {
      writeFileSync(join(outDir, "charts", name), content);
    }
    writeFileSync(
      join(outDir, "oembed", `${chart.id}.json`),
      `${JSON.stringify(oembedResponse(chart, siteUrl))}\n`,
    );
  }
  return built;
}
