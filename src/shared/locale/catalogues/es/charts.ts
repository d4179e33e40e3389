// Charts: their data tables, downloads and embed pages.
import type { CatalogueArea } from "../../catalogue.js";

export const charts: CatalogueArea<"charts"> = {
  "chart.showData": "Ver los datos",
  "chart.interactive": "Vista interactiva",
  "chart.getData": "Los datos:",
  "chart.openIn": "Abrir en «{site}»",
  "chart.vegaLiteSpec": "especificación Vega-Lite",
  "chart.compiledOn": "Datos recopilados el {date}.",
};
