// "Explore interactively": on a reader's click, and never before, loads vega and the chart's
// build-time vega spec and renders the chart live in place of its static SVG (values on hover).
// The static SVG and the data table remain the page's content; this only adds to them.
import { fetchVegaSpec, renderLiveChart, vegaSpecUrl } from "./live-chart.js";
import { pageLocale } from "./locale.js";

/** A chart's vega spec, as `npm run build` writes it beside the site (charts/<id>.vg.json). */
export function fetchChartSpec(folder: string, id: string): Promise<unknown> {
  return fetchVegaSpec(vegaSpecUrl(folder, id));
}

/** Reveals (data-ready) every `button[data-explore]` under `root` and wires it to its figure `#chart-<id>`. */
export function enhanceExploreButtons(root: ParentNode, loadSpec: (id: string) => Promise<unknown>): number {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>("button[data-explore]")];
  const { t } = pageLocale();
  for (const button of buttons) {
    const id = button.dataset.explore ?? "";
    const image = document.getElementById(`chart-${id}`)?.querySelector<HTMLElement>(".chart-image");
    if (!image) continue;
    const staticChart = [...image.childNodes];
    let live: HTMLElement | undefined;
    button.textContent = t("live.explore");
    button.setAttribute("aria-pressed", "false");
    button.dataset.ready = "";
    button.addEventListener("click", async () => {
      if (live) {
        const showingLive = button.getAttribute("aria-pressed") === "true";
        image.replaceChildren(...(showingLive ? staticChart : [live]));
        button.setAttribute("aria-pressed", String(!showingLive));
        button.textContent = showingLive ? t("live.explore") : t("live.exploreBack");
        return;
      }
      button.disabled = true;
      button.textContent = t("live.exploreLoading");
      try {
        const container = await renderLiveChart(await loadSpec(id), "chart-live");
        live = container;
        image.replaceChildren(container);
        button.setAttribute("aria-pressed", "true");
        button.textContent = t("live.exploreBack");
      } catch {
        button.textContent = t("live.exploreFailed");
        return;
      } finally {
        button.disabled = false;
      }
    });
  }
  return buttons.length;
}
