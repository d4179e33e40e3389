// The one list of the site's charts. Each area keeps its definitions beside its spec builders;
// pages, embed pages and downloads all render from here, so a chart is defined once.
import { claimsCharts } from "./claims/index.ts";
import { scaleCharts } from "./scale/index.ts";
import { timelineCharts } from "./timeline/index.ts";
import type { ChartDefinition } from "./types.ts";

export const chartRegistry: readonly ChartDefinition[] = [...timelineCharts, ...scaleCharts, ...claimsCharts];

export function findChart(id: string): ChartDefinition | undefined {
  return chartRegistry.find((chart) => chart.id === id);
}
