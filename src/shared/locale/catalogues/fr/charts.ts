// Charts: their data tables, downloads and embed pages.
import type { CatalogueArea } from "../../catalogue.js";

export const charts: CatalogueArea<"charts"> = {
  "chart.showData": "Afficher les données",
  "chart.interactive": "Vue interactive",
  "chart.getData": "Les données :",
  "chart.openIn": "Ouvrir dans « {site} »",
  "chart.vegaLiteSpec": "spécification Vega-Lite",
  "chart.compiledOn": "Données compilées le {date}.",
};
