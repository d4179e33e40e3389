import type { ChartDefinition } from "../types.ts";

export const claimsCharts: ChartDefinition[] = [];
