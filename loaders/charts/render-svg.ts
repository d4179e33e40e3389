// Renders a vega-lite spec to a standalone SVG string at build time (vega's own renderer,
// no canvas): the chart reaches the reader as markup, with no JavaScript to run.
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Compiles and renders a spec; vega-lite warnings are errors here so no spec ships half-broken. */
export async function renderSvg(spec: TopLevelSpec): Promise<RenderedSvg> {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...args: readonly unknown[]) => {
    warnings.push(args.map(String).join(" "));
    return logger;
  };
  const { spec: vegaSpec } = compile(spec, { logger });
  if (warnings.length) throw new Error(`vega-lite warned while compiling the chart: ${warnings.join("; ")}`);
  const view = new vega.View(vega.parse(vegaSpec), { renderer: "none", logLevel: vega.Warn });
  try {
    const svg = await view.toSVG();
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
    return { svg, width, height };
  } finally {
    view.finalize();
  }
}
