// Charts: their data tables, downloads and embed pages.
export const charts = {
  "chart.showData": "Show the data",
  "chart.interactive": "Interactive view",
  "chart.getData": "Get the data:",
  "chart.openIn": "Open in {site}",
  "chart.vegaLiteSpec": "Vega-Lite spec",
  "chart.compiledOn": "Data compiled {date}.",
} as const;
