// "Explore interactively": on a reader's click, and never before, loads vega-embed and the chart's
// vega-lite spec and renders the chart live in place of its static SVG (values on hover). The
// static SVG and the data table remain the page's content; this only adds to them.
import type { VisualizationSpec } from "vega-embed";

/** A chart's vega-lite spec, as `npm run build` writes it beside the site (charts/<id>.vl.json). */
export async function fetchChartSpec(folder: string, id: string): Promise<VisualizationSpec> {
  const response = await fetch(`${folder}/${encodeURIComponent(id)}.vl.json`);
  if (!response.ok) throw new Error(`no spec for chart ${id}: HTTP ${response.status}`);
  return response.json();
}

const label = {
  explore: "Explore interactively",
  loading: "Loading the interactive chart…",
  back: "Show the static chart",
};

/** Reveals every `button[data-explore]` under `root` and wires it to its figure `#chart-<id>`. */
export function enhanceExploreButtons(
  root: ParentNode,
  loadSpec: (id: string) => Promise<VisualizationSpec>,
): number {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>("button[data-explore]")];
  for (const button of buttons) {
    const id = button.dataset.explore ?? "";
    const image = document.getElementById(`chart-${id}`)?.querySelector<HTMLElement>(".chart-image");
    if (!image) continue;
    const staticChart = [...image.childNodes];
    let live: HTMLElement | undefined;
    button.textContent = label.explore;
    button.setAttribute("aria-pressed", "false");
    button.hidden = false;
    button.addEventListener("click", async () => {
      if (live) {
        const showingLive = button.getAttribute("aria-pressed") === "true";
        image.replaceChildren(...(showingLive ? staticChart : [live]));
        button.setAttribute("aria-pressed", String(!showingLive));
        button.textContent = showingLive ? label.explore : label.back;
        return;
      }
      button.disabled = true;
      button.textContent = label.loading;
      try {
        const [{ default: embed }, spec] = await Promise.all([import("vega-embed"), loadSpec(id)]);
        const container = document.createElement("div");
        container.className = "chart-live";
        await embed(container, spec, {
          actions: false,
          renderer: "svg",
          config: { mark: { tooltip: true } },
        });
        live = container;
        image.replaceChildren(container);
        button.setAttribute("aria-pressed", "true");
        button.textContent = label.back;
      } catch {
        button.textContent = "The interactive chart could not be loaded; the chart above is complete.";
        return;
      } finally {
        button.disabled = false;
      }
    });
  }
  return buttons.length;
}
