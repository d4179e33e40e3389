// Browser code: every key starts with "live." and travels with each page (src/components/locale.ts).
import type { CatalogueArea } from "../../catalogue.js";

export const live: CatalogueArea<"live"> = {
  "live.explore": "Explorar de forma interactiva",
  "live.exploreLoading": "Cargando el gráfico interactivo…",
  "live.exploreBack": "Ver el gráfico estático",
  "live.exploreFailed": "No se pudo cargar el gráfico interactivo; el gráfico de arriba está completo.",
  "live.embedLoading": "Cargando…",
  "live.embedReady": "Interactivo: señale una marca para ver sus valores",
  "live.embedFailed": "No se pudo cargar la vista interactiva; inténtelo de nuevo",
  "live.copied": "Copiado.",
  "live.copySelected": "Seleccionado: pulse Ctrl+C (⌘C) para copiar.",
  "live.sortedAscending": "Ordenado por {column}, de forma ascendente.",
  "live.sortedDescending": "Ordenado por {column}, de forma descendente.",
  "live.close": "Cerrar",
  "live.showAnswer": "Ver esta respuesta en la página",
  "live.compareSame": "La misma declaración a ambos lados: no hay diferencias.",
  "live.compareCounts": "{deleted} solo en la primera, {inserted} solo en la segunda, {same} en ambas.",
  "live.compareWords": { one: "{count} palabra", other: "{count} palabras" },
  "live.compareListFailed":
    "No se pudo cargar la lista de declaraciones, así que solo puede mostrarse este par.",
  "live.compareUnknown":
    "La dirección remite a una declaración que no está en las pruebas; se muestra el par predeterminado.",
  "live.timelineHelp":
    "Señale una marca o llegue a ella con Tab para ver sus detalles; las flechas pasan de una marca a otra en orden cronológico, Intro fija los detalles y Escape los cierra. Arrastre sobre la franja de encima del gráfico para ampliar un periodo.",
  "live.timelineChart": "Gráfico cronológico",
  "live.timelineChartShown":
    "Gráfico cronológico: {shown} de {total} elementos mostrados, en {lanes} carriles",
  "live.timelineFilters": "Filtros de la cronología",
  "live.timelineActors": "Actores",
  "live.timelineKinds": "Tipos",
  "live.timelineAll": "Todos",
  "live.timelineNone": "Ninguno",
  "live.timelineAllDates": "Todas las fechas",
  "live.timelineDates": "Periodo mostrado",
  "live.timelineFrom": "Del",
  "live.timelineTo": "al",
  "live.timelineShowing": "Se muestran {shown} de {total} elementos, {range}.",
  "live.timelineRange": "del {from} al {to}",
  "live.timelineNoItems": "No se muestra ningún elemento",
  "live.timelinePosition": "{position} de {total}",
  "live.timelineLoading": "{date}: cargando los detalles…",
  "live.timelineFailed": "{date}: no se pudieron cargar los detalles.",
  "live.timelineYearPage": "Ver la página de {year}",
  "live.cardClose": "Cerrar los detalles",
  "live.cardPinned": "Fijado",
  "live.cardLabel": "Detalles del elemento",
};
