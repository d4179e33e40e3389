// La página de magnitudes: gráficos, cifra principal y lo que no cuadra.
import type { CatalogueArea } from "../../catalogue.js";

export const scale: CatalogueArea<"scale"> = {
  "scale.total": "Total",
  "scale.totalStated": "Total (declarado)",
  "scale.totalBar": "Total ({date}): {amount}",
  "scale.totalBarKind": "Total, {kind} ({date}): {amount}",
  "scale.restOfWorld": "Resto del mundo, calculado",
  "scale.rest": "Resto, calculado",
  "scale.moreListed": "{count} más por {scope}, sumados",
  "scale.percent": "Porcentaje",
  "scale.column.share": "Parte del total",
  "scale.column.asOf": "Fecha de referencia",
  "scale.column.estimate": "Estimación",
  "scale.column.notes": "Notas",
  "scale.column.what": "Qué",
  "scale.column.squares": "Cuadrados",
  "scale.column.figure": "Cifra",
  "scale.column.who": "Quién",
  "scale.column.amount": "Cantidad",
  "scale.column.unit": "Unidad",
  "scale.breakdown.title": "{subject}, por {scope}",
  "scale.breakdown.emptyTitle": "Las partes de un total",
  "scale.breakdown.empty":
    "Las pruebas aún no tienen cifras desglosadas en partes (un ámbito como «country», con un grupo por fila).",
  "scale.breakdown.description": "Gráfico de barras, {unit}. {bars}.",
  "scale.breakdown.onlyPart":
    "{group}: {amount}, la única parte por {scope} que figura; las pruebas no dan ningún total con el que cotejarla.",
  "scale.breakdown.largest":
    "{group} es la mayor de las {count} partes por {scope} que figuran ({amount}); las pruebas no dan ningún total con el que cotejarlas.",
  "scale.breakdown.lead": "{group}: {amount} de {total} ({share}).",
  "scale.breakdown.exceeds": {
    one: "{lead} La parte por {scope} que figura suma {listed}, más que el total declarado: las cifras no cuadran.",
    other:
      "{lead} Las {count} partes por {scope} que figuran suman {listed}, más que el total declarado: las cifras no cuadran.",
  },
  "scale.breakdown.remainder": {
    one: "{lead} La parte por {scope} que figura suma {listed}; los {remainder} restantes no están desglosados.",
    other:
      "{lead} Las {count} partes por {scope} que figuran suman {listed}; los {remainder} restantes no están desglosados.",
  },
  "scale.breakdown.complete": {
    one: "{lead} La parte por {scope} que figura suma el total.",
    other: "{lead} Las {count} partes por {scope} que figuran suman el total.",
  },
  "scale.cite": "{amount} ({date}; {outlets})",
  "scale.citeKind": "{amount} ({kind}, {date}; {outlets})",
  "scale.partsBelow": {
    one: "La parte por {scope} que figura para «{subject}» suma {listed}, {gap} menos que el total declarado de {total}. La diferencia se calcula aquí (total − partes que figuran); no la da ninguna fuente.",
    other:
      "Las {count} partes por {scope} que figuran para «{subject}» suman {listed}, {gap} menos que el total declarado de {total}. La diferencia se calcula aquí (total − partes que figuran); no la da ninguna fuente.",
  },
  "scale.partsAbove": {
    one: "La parte por {scope} que figura para «{subject}» suma {listed}, {gap} más que el total declarado de {total}. Las partes y el total no pueden ser correctos a la vez, así que no se muestra ningún resto.",
    other:
      "Las {count} partes por {scope} que figuran para «{subject}» suman {listed}, {gap} más que el total declarado de {total}. Las partes y el total no pueden ser correctos a la vez, así que no se muestra ningún resto.",
  },
  "scale.disagree":
    "Las fuentes discrepan sobre «{what}» a fecha de {date}: {figures}. Se muestran ambas cifras; ninguna se promedia.",
  "scale.against": "{first}; frente a {second}",
  "scale.mixedUnits":
    "«{subject}» se expresa en {units}: estos valores nunca se suman ni se dibujan en una misma escala.",
  "scale.estimates.title": "{subject}: todas las estimaciones, por fecha",
  "scale.estimates.emptyTitle": "Cómo cambió la estimación",
  "scale.estimates.empty":
    "Ningún asunto de las pruebas tiene más de un total declarado, así que no hay cambio que mostrar.",
  "scale.estimates.description": "Gráfico de barras, {unit}, de la más antigua a la más reciente. {bars}.",
  "scale.estimates.cite": "{amount} ({date}, {outlet})",
  "scale.estimates.first": "La primera cifra fue {figure} ({kind})",
  "scale.estimates.firstStated": "La primera cifra fue {figure}",
  "scale.estimates.fromTo": "De {first} a {last}",
  "scale.estimates.fromToOfficial": "De {first} a la cifra oficial de {last}",
  "scale.estimates.sameDate": "{lead}; ese mismo día, {others}.",
  "scale.estimates.gave": "{outlet} dio {amount}",
  "scale.estimates.end": "{lead}.",
  "scale.waffle.emptyTitle": "Una cifra menor frente a la cifra principal",
  "scale.waffle.empty":
    "Hacen falta dos totales en la misma unidad (ámbito «total», por ejemplo personas) para compararlos; las pruebas no los tienen.",
  "scale.waffle.title": "{small} frente a {big}: un cuadrado equivale a {square}",
  "scale.waffle.takeaway": "{big} son {ratio} más que {small}.",
  "scale.waffle.description":
    "Gráfico de unidades; un cuadrado equivale a {square}. {small}. {big}. {takeaway}",
  "scale.waffle.ratio": "unas {ratio} veces",
  "scale.waffle.squares": { one: "{count} cuadrado", other: "{count} cuadrados" },
  "scale.other.headline": "{subject} (la cifra principal)",
  "scale.other.inUnit": "en {unit}",
  "scale.other.rangeOne": "En {unit}: {amount} ({name})",
  "scale.other.range": "En {unit}: de {low} ({lowName}) a {high} ({highName})",
  "scale.other.apart":
    "Cada unidad tiene su propia escala; {units} nunca se suman ni se comparan en un mismo eje.",
  "scale.other.description":
    "Gráficos de barras, uno por asunto y unidad; las barras de una misma unidad comparten escala. {panels}.",
  "scale.counts.title": "Para comparar: otras cifras de las pruebas, cada una en su unidad y a su fecha",
  "scale.counts.emptyTitle": "Para comparar: otras cifras",
  "scale.counts.empty":
    "Las pruebas no tienen cifras sobre organizaciones con nombre (ámbito «entity») que poner junto a la cifra principal.",
  "scale.money.title": "Para comparar: sumas de dinero de las pruebas, cada moneda por separado",
  "scale.money.emptyTitle": "Para comparar: sumas de dinero",
  "scale.money.empty":
    "Las pruebas no tienen sumas de dinero sobre organizaciones con nombre (ámbito «entity»), como multas.",
  "scale.headline": "La cifra principal de las pruebas es {amount}: «{subject}» ({details}).",
  "scale.headlineNote": "{sentence} Su nota en las pruebas: «{note}»",
  "scale.noTotals":
    "Las pruebas aún no tienen totales declarados, así que no hay nada que poner en proporción.",
  "scale.noFigures": "Las pruebas aún no tienen cifras.",
  "scale.reconciled":
    "Las cifras cuadran: ninguna parte se aparta de su total, ninguna fuente discrepa, ningún asunto figura en dos unidades.",
  "scale.missingFigures":
    "Las pruebas no tienen ninguna cifra para {names}: ningún número pudo vincularse a una fuente y una fecha, así que se omiten en lugar de suponerlos.",
  "claims.chart.title": "Quién afirma, niega o matiza qué",
  "claims.chart.empty": "Las pruebas aún no tienen afirmaciones.",
  "claims.chart.conflicts": "Posturas contradictorias: {list}.",
  "claims.partyOn": "{party} sobre «{topic}»",
  "claims.chart.noConflicts": "Ninguna parte adopta más de una postura sobre un mismo tema.",
  "claims.chart.description":
    "Matriz de puntos de {topics} temas por {parties} partes: {counts}; el resto de celdas, sin postura. {takeaway}",
  "claims.chart.count": "{stance}: {count}",
  "claims.chart.caption": "Postura de cada parte sobre cada tema (sin las celdas vacías)",
  "claims.chart.conflicting": "{stance} ({stances})",
  "claims.column.topic": "Tema",
  "claims.column.party": "Parte",
  "claims.column.stance": "Postura",
  "claims.column.claims": "Afirmaciones",
};
