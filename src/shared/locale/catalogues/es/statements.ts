// Lo que dijeron las partes: matriz de afirmaciones, informado frente a declarado, comparación.
import type { CatalogueArea } from "../../catalogue.js";

export const statements: CatalogueArea<"statements"> = {
  "claims.count": {
    one: "{count} afirmación",
    many: "{count} de afirmaciones",
    other: "{count} afirmaciones",
  },
  "claims.more": {
    one: "{count} afirmación más",
    many: "{count} afirmaciones más",
    other: "{count} afirmaciones más",
  },
  "claims.withQuotes": "{claims}, con citas y fuentes",
  "claims.onTopic": "sobre «{topic}»",
  "claims.conflictNote": "{party} adopta aquí más de una postura: {stances}.",
  "claims.reportingParty": "informante",
  "claims.caption": "Afirmaciones por tema (filas) y parte (columnas)",
  "claims.legend": "Leyenda",
  "claims.silentKey": "{silent} (ninguna afirmación en las pruebas)",
  "claims.noMatrix": "Las pruebas aún no tienen afirmaciones, así que no hay matriz que mostrar.",
  "claims.conflictsLabel": "Posturas contradictorias:",
  "claims.conflictsAbout":
    "una parte, un tema, afirmaciones con más de una postura. Contraste cada una con su cita.",
  "claims.partName": "{name} ({claims})",
  "claims.event": "Hecho: {event} ({date})",
  "claims.inFull": "la declaración completa",
  "claims.reported": "Informado",
  "claims.said": "Lo que dijeron las partes",
  "claims.nothingReported": "Las pruebas no recogen nada informado sobre este tema.",
  "claims.noAnswer": "Ninguna parte respondió sobre este tema en las pruebas.",
  "claims.intro": "Para cada tema, lo que se informó junto a la respuesta de cada parte.",
  "claims.splitIntro":
    "Para cada tema, lo que se informó junto a la respuesta de cada parte. Con {claims}, cada respuesta indica cuántas afirmaciones contiene y enlaza con ellas, con sus citas y fuentes, en {pages} por tema:",
  "claims.pageTitle": "Afirmaciones sobre {topics}",
  "claims.pageIntro":
    "Página {page} de {pages} de las afirmaciones de las pruebas: para cada tema, lo que se informó junto a la respuesta de cada parte, cada afirmación con su cita y sus fuentes. La matriz y los demás temas están en {link}.",
  "claims.rvsHeading": "Informado frente a declarado",
  "pages.count": { one: "{count} página", many: "{count} de páginas", other: "{count} páginas" },
  "statements.by": "Declaración de {name}, {date}",
  "statements.forWhom": "{speaker}, en nombre de {party}",
  "statements.respondsTo": "En respuesta a {event} ({date})",
  "statements.notResponding": "Sin relación con un hecho registrado",
  "statements.topics": "Temas: {topics}",
  "statements.empty": "Las pruebas aún no tienen declaraciones.",
  "statements.eventOnTimeline": "El hecho en la cronología",
  "statements.partName": "{dates} ({statements})",
  "statements.intro":
    "Agrupadas según el hecho al que responde cada declaración, de la más antigua a la más reciente.",
  "statements.splitIntro":
    "Por fecha, de la más antigua a la más reciente. Con {statements}, cada una se cita completa, con el hecho al que responde, sus fuentes y notas, en {pages}:",
  "statements.indexIntro": "Cada línea de abajo lleva a la declaración completa.",
  "statements.pageTitle": "Declaraciones {first}–{last} de {total}",
  "statements.pageIntro":
    "Página {page} de {pages} de las declaraciones de las pruebas, de la más antigua a la más reciente, cada una citada tal como se publicó, con el hecho al que responde, sus fuentes y notas. El resto está en {link}.",
  "compare.intro":
    "Dos declaraciones lado a lado, palabra por palabra. La dirección de esta página guarda el par que elija, para que pueda compartirlo.",
  "compare.tooFew": "La comparación necesita al menos dos declaraciones; las pruebas tienen {count}.",
  "compare.first": "Primera:",
  "compare.second": "Segunda:",
  "compare.inFull": "completa",
  "compare.firstStatement": "Primera declaración",
  "compare.secondStatement": "Segunda declaración",
  "compare.swap": "Intercambiar",
  "compare.submit": "Comparar",
  "compare.status":
    "Se comparan las dos declaraciones de una misma parte con más palabras en común. Las palabras suprimidas aparecen tachadas en la primera; las añadidas, subrayadas en la segunda.",
  "compare.deleted": "suprimido:",
  "compare.inserted": "añadido:",
  "compare.key":
    "{struck}: solo en la primera; {underlined}: solo en la segunda; el texto normal está en ambas.",
  "compare.struck": "Tachado",
  "compare.underlined": "subrayado",
  "compare.means": "significa",
};
