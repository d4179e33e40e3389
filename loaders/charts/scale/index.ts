// The scale page's charts, in page order. Each builds from the evidence alone: a new row in
// figures.csv changes them without code changes.
import type { ChartDefinition } from "../types.ts";
import { breakdownChart } from "./breakdown.ts";
import { estimatesChart } from "./estimates.ts";
import { moneyChart, otherCountsChart } from "./other-scales.ts";
import { waffleChart } from "./waffle.ts";

export const scaleCharts: ChartDefinition[] = [
  breakdownChart,
  waffleChart,
  estimatesChart,
  otherCountsChart,
  moneyChart,
];
