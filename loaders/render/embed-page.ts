// The body of an embed page, built at build time from a chart of the registry.
import { escapeHtml } from "../../src/shared/html.ts";
import type { BuiltChart } from "../charts/types.ts";
import { hasImage } from "../embed/assets.ts";
import { siteLocale, t } from "../site/locale.ts";
import { correctedRowsHtml, noCorrectionLinks } from "./corrections-html.ts";
import { dataTableHtml, inlineSvg } from "./figure.ts";

/** Links to a chart's files; rel="external" keeps Framework from treating them as pages or attachments. */
export function downloadLinksHtml(chart: BuiltChart, prefix: string): string {
  const files = [
    ["CSV", `${chart.id}.csv`],
    ["JSON", `${chart.id}.json`],
    ...(chart.spec ? [[t("chart.vegaLiteSpec"), `${chart.id}.vl.json`]] : []),
    ...(hasImage(chart)
      ? [
          ["SVG", `${chart.id}.svg`],
          ["PNG", `${chart.id}.png`],
        ]
      : []),
  ] as const;
  return files
    .map(
      ([label, file]) =>
        `<a rel="external" download href="${escapeHtml(`${prefix}charts/${file}`)}">${escapeHtml(label)}</a>`,
    )
    .join(" · ");
}

/** "Data compiled 25 Nov 2026.": from the build's clock, as on every page of the site. */
function compiledOn(at: Date): string {
  const time = `<time datetime="${escapeHtml(at.toISOString())}">${escapeHtml(siteLocale().day(at.toISOString().slice(0, 10)))}</time>`;
  const [before = "", after = ""] = t("chart.compiledOn").split("{date}");
  return `<span class="compiled-at">${escapeHtml(before)}${time}${escapeHtml(after)}</span>`;
}

/** `home`: the page that shows the chart (none when no page places it) and the site's title. */
export function embedPageHtml(
  chart: BuiltChart,
  home: { page: string | undefined; siteTitle: string },
  compiledAt: Date = new Date(),
): string {
  const back = home.page ? `..${home.page === "/" ? "/" : home.page}#chart-${chart.id}` : "../";
  const id = escapeHtml(chart.id);
  const image = hasImage(chart);
  // The chart's size in a <style> element, not a style attribute: the content security policy
  // allows an inline style element by its hash, but no style attribute.
  const width = Math.ceil(chart.width);
  const chartHtml = image
    ? `<style>[data-chart="${id}"] .chart-image{max-width:${width}px;aspect-ratio:${width}/${Math.ceil(chart.height)}}</style><figure class="chart" data-chart="${id}"><div class="chart-image" role="img" aria-label="${escapeHtml(chart.description)}">${inlineSvg(chart.svg)}</div></figure>`
    : "";
  const spec = chart.spec && image ? ` data-embed-spec="../charts/${id}.vg.json"` : "";
  return [
    // Before anything paints: ?theme=light|dark overrides the reader's setting.
    `<script>(function(){var t=new URLSearchParams(location.search).get("theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)})()</script>`,
    `<article class="embed" data-embed="${id}"${spec}>`,
    `<h1 class="embed-title">${escapeHtml(chart.title)}</h1>`,
    // With nothing to chart, the takeaway says so: it is the empty state.
    `<p class="embed-takeaway${image ? "" : " empty"}">${escapeHtml(chart.takeaway)}</p>`,
    chartHtml,
    // A script-only control (see scriptOnlyControls): showing it moves nothing, in the embed or
    // in the host article.
    spec
      ? `<button type="button" class="embed-interactive">${escapeHtml(t("chart.interactive"))}</button>`
      : "",
    correctedRowsHtml(chart.corrections ?? [], noCorrectionLinks),
    chart.table.rows.length
      ? `<details class="chart-data"><summary>${escapeHtml(t("chart.showData"))}</summary>${dataTableHtml(chart.table)}</details>`
      : "",
    `<p class="embed-source">${escapeHtml(chart.sourceLine)} ${compiledOn(compiledAt)}</p>`,
    `<p class="embed-links">${escapeHtml(t("chart.getData"))} ${downloadLinksHtml(chart, "../")} · <a rel="external" target="_top" href="${escapeHtml(back)}">${escapeHtml(t("chart.openIn", { site: home.siteTitle }))}</a></p>`,
    "</article>",
  ].join("");
}
