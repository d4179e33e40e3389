// The statements page's charts: the claims matrix, drawn as a static SVG for embeds and
// downloads (the page itself shows it as an HTML table whose cells open the quotes).
import type { ChartDefinition } from "../types.ts";
import { claimsMatrixChart } from "./matrix.ts";

export const claimsCharts: ChartDefinition[] = [claimsMatrixChart];
