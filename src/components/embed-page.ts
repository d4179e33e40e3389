// Progressive enhancement of an embed page: report its height to the host article and, for
// vega-lite charts, offer an interactive view (tooltips) that loads vega only when asked for —
// or at once with ?interactive=1. The static SVG stays until the interactive view is drawn.
import { reportEmbedHeight } from "./embed-resize.js";

async function showInteractive(
  figure: HTMLElement,
  specUrl: string,
  button: HTMLButtonElement,
): Promise<void> {
  button.disabled = true;
  button.textContent = "Loading…";
  try {
    const [{ default: embed }, spec] = await Promise.all([
      import("vega-embed"),
      fetch(specUrl).then((response) => {
        if (!response.ok) throw new Error(`${specUrl}: HTTP ${response.status}`);
        return response.json();
      }),
    ]);
    const image = figure.querySelector<HTMLElement>(".chart-image");
    const target = document.createElement("div");
    target.className = "chart-interactive";
    await embed(
      target,
      { ...spec, background: "transparent" },
      { actions: false, renderer: "svg", tooltip: true },
    );
    image?.replaceWith(target);
    button.remove();
  } catch (error) {
    button.disabled = false;
    button.textContent = "Interactive view failed to load — try again";
    console.warn(error);
  }
}

export function enhanceEmbedPage(article: HTMLElement | null): void {
  if (!article) return;
  reportEmbedHeight(article.dataset.embed ?? "", article);
  const specUrl = article.dataset.embedSpec;
  const figure = article.querySelector<HTMLElement>("figure.chart");
  if (!specUrl || !figure) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "embed-interactive";
  button.textContent = "Interactive view";
  button.addEventListener("click", () => showInteractive(figure, specUrl, button));
  figure.after(button);
  if (new URLSearchParams(location.search).get("interactive") === "1")
    void showInteractive(figure, specUrl, button);
}
