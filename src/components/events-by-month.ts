// A column chart of how many events the evidence holds per month, drawn in the browser with
// d3 modules (no vega at run time). Counts come precomputed from the loader.
import { axisBottom, axisLeft } from "d3-axis";
import { scaleBand, scaleLinear } from "d3-scale";
import { create } from "d3-selection";

export interface MonthCount {
  month: string; // YYYY-MM
  events: number;
}

export function eventsByMonthChart(
  counts: readonly MonthCount[],
  { width }: { width: number },
): SVGSVGElement {
  const height = 220;
  const margin = { top: 12, right: 8, bottom: 44, left: 36 };
  const x = scaleBand<string>()
    .domain(counts.map((d) => d.month))
    .range([margin.left, width - margin.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...counts.map((d) => d.events))])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const svg = create("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("role", "img")
    .attr(
      "aria-label",
      `Events per month: ${counts.map((d) => `${d.month}: ${d.events}`).join(", ") || "no dated events"}`,
    );
  svg
    .append("g")
    .attr("fill", "currentColor")
    .selectAll("rect")
    .data(counts)
    .join("rect")
    .attr("x", (d) => x(d.month) ?? 0)
    .attr("y", (d) => y(d.events))
    .attr("width", x.bandwidth())
    .attr("height", (d) => y(0) - y(d.events))
    .append("title")
    .text((d) => `${d.month}: ${d.events} event${d.events === 1 ? "" : "s"}`);
  const every = Math.max(1, Math.ceil(counts.length / Math.max(1, Math.floor(width / 70))));
  svg
    .append("g")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).tickValues(x.domain().filter((_, i) => i % every === 0)))
    .selectAll("text")
    .attr("transform", "rotate(-35)")
    .attr("text-anchor", "end");
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(axisLeft(y).ticks(4));
  return svg.node() as SVGSVGElement;
}
