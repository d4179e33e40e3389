// La tabla comparativa: actores de un mismo tipo lado a lado (site.json "comparison").
import type { CatalogueArea } from "../../catalogue.js";

export const comparison: CatalogueArea<"comparison"> = {
  "comparison.status.pulled-out": "Se retiró",
  "comparison.status.responded": "Respondió en público",
  "comparison.status.no-statement": "Respuesta registrada, sin declaración citada",
  "comparison.status.unknown": "Desconocido",
  "comparison.about.pulled-out": "se retiró, según un hecho del tipo «{kind}» que lo nombra",
  "comparison.about.responded": "respondió en público: se cita una declaración suya o en su nombre",
  "comparison.about.no-statement":
    "hay una respuesta registrada (por ejemplo, que declinó comentar), pero no se cita ninguna declaración",
  "comparison.about.unknown": "las pruebas no registran retirada, declaración ni respuesta suya",
  "comparison.keyItem": "{status}: {about}.",
  "comparison.keyIntro":
    "Un estado solo sale de filas de las pruebas que nombran al actor, nunca de texto libre:",
  "comparison.moreInEvidence": "… y {count} más en las pruebas.",
  "comparison.moreOnTimeline": "… y {count} más en la cronología.",
  "comparison.moreOnStatements": "… y {count} más en la página de declaraciones.",
  "comparison.manySources": "{sources}:",
  "comparison.noContact": "Ningún contacto en las pruebas.",
  "comparison.contactedPer": {
    one: "Sí, según {count} fuente:",
    many: "Sí, según {count} de fuentes:",
    other: "Sí, según {count} fuentes:",
  },
  "comparison.nothing": "Nada en las pruebas.",
  "comparison.per": "Según",
  "comparison.perColon": "Según:",
  "comparison.alsoOnRecord": "También consta:",
  "comparison.onStatementsPage": "en la página de declaraciones",
  "comparison.noStatement": "Ninguna declaración en las pruebas.",
  "comparison.asOf": "a {date}",
  "comparison.noAsOf": "sin fecha de referencia registrada",
  "comparison.noFigure": "Ninguna cifra en las pruebas.",
  "comparison.eventsOnTimeline": {
    one: "{count} hecho en la cronología",
    many: "{count} de hechos en la cronología",
    other: "{count} hechos en la cronología",
  },
  "comparison.empty":
    "Las pruebas no tienen ningún actor del tipo {kind}, así que aún no hay nada que comparar.",
  "comparison.caption": "{actors} lado a lado, cada dato con sus fuentes.",
  "comparison.unattributed":
    "Retiradas informadas que no nombran a ninguno de los actores comparados. Las pruebas no dicen cuál, y esta tabla no lo supone:",
};
