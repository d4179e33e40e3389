// Draws a chart live from its build-time vega spec (charts/<id>.vg.json): vega and its tooltip
// handler only, loaded when a reader asks, never on page load. Both run under the site's content
// security policy: vega evaluates its expressions with its interpreter (vega-interpreter), not
// with `new Function`, and vega-tooltip adds no <style> element (its rules are in style.css).

/** A chart's vega spec, as `npm run build` writes it beside the site. */
export async function fetchVegaSpec(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Renders `spec` as SVG into a new element (values on hover and focus) and returns it. */
export async function renderLiveChart(spec: unknown, className: string): Promise<HTMLElement> {
  const [vega, { expressionInterpreter }, { Handler }] = await Promise.all([
    import("vega"),
    import("vega-interpreter"),
    import("vega-tooltip"),
  ]);
  const container = document.createElement("div");
  container.className = className;
  const runtime = vega.parse(spec as Parameters<typeof vega.parse>[0], undefined, { ast: true });
  const view = new vega.View(runtime, {
    expr: expressionInterpreter,
    renderer: "svg",
    container,
    hover: true,
  });
  view.tooltip(new Handler({ disableDefaultStyle: true }).call);
  await view.runAsync();
  return container;
}

/** The vega spec URL for a chart id, in the charts/ folder beside the page. */
export function vegaSpecUrl(folder: string, id: string): string {
  return `${folder}/${encodeURIComponent(id)}.vg.json`;
}
