import type { ChartDefinition } from "../types.ts";

export const scaleCharts: ChartDefinition[] = [];
