// The vega-lite specs of the scale page's charts, keyed by chart id: fetched only when a reader
// asks to explore a chart interactively (the page itself ships each chart as SVG).
import { scaleCharts } from "../../loaders/charts/scale/index.ts";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";

const evidence = loadEvidence(dataDir());
const specs: Record<string, unknown> = {};
for (const definition of scaleCharts) {
  const chart = await definition.build(evidence);
  if (chart.spec && !chart.empty) specs[chart.id] = chart.spec;
}
process.stdout.write(JSON.stringify(specs));
