// Progressive enhancement of an embed page: report its height to the host article and, for
// vega-lite charts, offer an interactive view (tooltips) that loads vega only when asked for —
// or at once with ?interactive=1. The static SVG stays until the interactive view is drawn.
import { reportEmbedHeight } from "./embed-resize.js";
import { fetchVegaSpec, renderLiveChart } from "./live-chart.js";
import { pageLocale } from "./locale.js";

async function showInteractive(
  figure: HTMLElement,
  specUrl: string,
  button: HTMLButtonElement,
): Promise<void> {
  const { t } = pageLocale();
  button.disabled = true;
  button.textContent = t("live.embedLoading");
  try {
    const target = await renderLiveChart(await fetchVegaSpec(specUrl), "chart-interactive");
    figure.querySelector<HTMLElement>(".chart-image")?.replaceWith(target);
    // The button keeps its place (removing it would shift the page and resize the iframe).
    button.textContent = t("live.embedReady");
  } catch (error) {
    button.disabled = false;
    button.textContent = t("live.embedFailed");
    console.warn(error);
  }
}

export function enhanceEmbedPage(article: HTMLElement | null): void {
  if (!article) return;
  reportEmbedHeight(article.dataset.embed ?? "", article);
  const specUrl = article.dataset.embedSpec;
  const figure = article.querySelector<HTMLElement>("figure.chart");
  if (!specUrl || !figure) return;
  const button = article.querySelector<HTMLButtonElement>("button.embed-interactive");
  if (!button) return;
  button.dataset.ready = "";
  button.addEventListener("click", () => showInteractive(figure, specUrl, button));
  if (new URLSearchParams(location.search).get("interactive") === "1")
    void showInteractive(figure, specUrl, button);
}
