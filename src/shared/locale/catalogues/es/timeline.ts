// The timeline: its key, list and charts.
import type { CatalogueArea } from "../../catalogue.js";

export const timeline: CatalogueArea<"timeline"> = {
  "timeline.key": "Leyenda",
  "timeline.statement": "declaración",
  "timeline.statement.about": "lo que dijo un actor, citado textualmente",
  "timeline.bar": "barra",
  "timeline.bar.about": "un periodo, desde su fecha hasta su fecha final",
  "timeline.dashed": "recuadro discontinuo",
  "timeline.dashed.about": "una fecha conocida solo con precisión de mes o de año",
  "timeline.faded": "extremos difuminados",
  "timeline.faded.about": "fechas aproximadas; la nota de fecha de la entrada explica cómo se conocen",
  "timeline.line": "línea",
  "timeline.line.about": "une un hecho con los demás actores implicados",
  "timeline.keyMoment": "Momento clave: {label}",
};
