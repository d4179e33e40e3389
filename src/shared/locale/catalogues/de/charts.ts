// Charts: their data tables, downloads and embed pages.
import type { CatalogueArea } from "../../catalogue.js";

export const charts: CatalogueArea<"charts"> = {
  "chart.showData": "Daten anzeigen",
  "chart.interactive": "Interaktive Ansicht",
  "chart.getData": "Die Daten:",
  "chart.openIn": "In „{site}“ öffnen",
  "chart.vegaLiteSpec": "Vega-Lite-Spezifikation",
  "chart.compiledOn": "Daten zusammengestellt am {date}.",
};
