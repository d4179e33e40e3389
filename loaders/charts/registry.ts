// The one list of the site's charts. Each area keeps its definitions beside its spec builders;
// pages, embed pages and downloads all render from here, so a chart is defined once.

import type { Evidence } from "../model.ts";
import { claimsCharts } from "./claims/index.ts";
import { scaleCharts } from "./scale/index.ts";
import { timelineCharts } from "./timeline/index.ts";
import type { BuiltChart, ChartDefinition } from "./types.ts";

export const chartRegistry: readonly ChartDefinition[] = [...timelineCharts, ...scaleCharts, ...claimsCharts];

export function findChart(id: string): ChartDefinition | undefined {
  return chartRegistry.find((chart) => chart.id === id);
}

const built = new WeakMap<Evidence, Map<string, Promise<BuiltChart>>>();

/** A chart built from the evidence, once per evidence object (pages and embeds share it). */
export function buildChart(definition: ChartDefinition, evidence: Evidence): Promise<BuiltChart> {
  const charts = built.get(evidence) ?? new Map<string, Promise<BuiltChart>>();
  built.set(evidence, charts);
  const chart = charts.get(definition.id) ?? definition.build(evidence);
  charts.set(definition.id, chart);
  return chart;
}
