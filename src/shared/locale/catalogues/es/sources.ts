// Las fuentes: cada fuente con lo que la cita, las que nada cita y sus páginas numeradas.
import type { CatalogueArea } from "../../catalogue.js";

export const sources: CatalogueArea<"sources"> = {
  "sources.count": { one: "{count} fuente", many: "{count} de fuentes", other: "{count} fuentes" },
  "sources.figures": { one: "{count} cifra", many: "{count} de cifras", other: "{count} cifras" },
  "sources.listedWhere.events": "cada hecho indica sus fuentes en la cronología y en events.csv",
  "sources.listedWhere.statements":
    "cada declaración indica sus fuentes en la página de declaraciones y en statements.csv",
  "sources.listedWhere.claims":
    "cada afirmación indica sus fuentes en la página de declaraciones y en claims.csv",
  "sources.listedWhere.figures": "cada cifra indica sus fuentes en figures.csv",
  "sources.firstShown":
    "Se muestran las {shown} primeras de {total}; otras {left} no figuran aquí ({where}).",
  "sources.notCited": "Sin citar",
  "sources.notCitedBy":
    "{notCited} por ningún hecho, declaración, afirmación, cifra, momento clave ni corrección.",
  "sources.citedBy": {
    one: "Citada por {count} fila",
    many: "Citada por {count} de filas",
    other: "Citada por {count} filas",
  },
  "sources.citedByShort": {
    one: "citada por {count} fila",
    many: "citada por {count} de filas",
    other: "citada por {count} filas",
  },
  "sources.uncitedShort": "sin citar",
  "sources.noDate": "sin fecha registrada",
  "sources.link": "Enlace: {link}",
  "sources.noLink": "Sin enlace registrado.",
  "sources.allCited":
    "Cada fuente está citada por al menos un hecho, una declaración, una afirmación, una cifra, un momento clave o una corrección.",
  "sources.uncited": {
    one: "{count} fuente no está citada por nada en las pruebas (data:check avisa de ello):",
    many: "{count} de fuentes no están citadas por nada en las pruebas (data:check avisa de ello):",
    other: "{count} fuentes no están citadas por nada en las pruebas (data:check avisa de ello):",
  },
  "sources.empty": "Las pruebas aún no tienen fuentes.",
  "sources.undated": "sin fecha",
  "sources.order": "Por medio y, después, por fecha de publicación.",
  "sources.splitIntro":
    "Por medio y, después, por fecha de publicación. Con {sources}, las fichas completas (título, fecha, tipo, notas, enlace y lo que cita cada una) están en {pages} de hasta {size}:",
  "sources.indexIntro": "Cada línea de abajo lleva a la ficha completa de su fuente.",
  "sources.from": "De {from}",
  "sources.fromTo": "De {from} a {to}",
  "sources.pageTitle": "Fuentes {first}–{last} de {total}",
  "sources.pageIntro":
    "Página {page} de {pages} de las fuentes, por medio y, después, por fecha de publicación. Bajo cada fuente, los hechos, declaraciones, afirmaciones y cifras que la citan. Todas: {link}.",
  "sources.keyMoments": {
    one: "{count} momento clave",
    many: "{count} de momentos clave",
    other: "{count} momentos clave",
  },
  "sources.corrections": {
    one: "{count} corrección",
    many: "{count} de correcciones",
    other: "{count} correcciones",
  },
  "sources.listedWhere.annotations": "cada momento clave indica sus fuentes en annotations.csv",
  "sources.listedWhere.corrections": "cada corrección indica sus fuentes en corrections.csv",
};
