// Charts: their data tables, downloads and embed pages.
import type { CatalogueArea } from "../../catalogue.js";

export const charts: CatalogueArea<"charts"> = {
  "chart.showData": "عرض البيانات",
  "chart.interactive": "العرض التفاعلي",
  "chart.getData": "البيانات:",
  "chart.openIn": "الفتح في «{site}»",
  "chart.vegaLiteSpec": "مواصفة Vega-Lite",
  "chart.compiledOn": "جُمعت البيانات في {date}.",
};
