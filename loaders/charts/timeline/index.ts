import type { ChartDefinition } from "../types.ts";

export const timelineCharts: ChartDefinition[] = [];
