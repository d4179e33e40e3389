// Die Vergleichstabelle: Akteure einer Art nebeneinander (site.json "comparison").
import type { CatalogueArea } from "../../catalogue.js";

export const comparison: CatalogueArea<"comparison"> = {
  "comparison.status.pulled-out": "Ausgestiegen",
  "comparison.status.responded": "Öffentlich geantwortet",
  "comparison.status.no-statement": "Reaktion erfasst, keine Aussage zitiert",
  "comparison.status.unknown": "Unbekannt",
  "comparison.about.pulled-out":
    "hat sich zurückgezogen, laut einem Ereignis der Art „{kind}“, das ihn nennt",
  "comparison.about.responded":
    "hat öffentlich geantwortet: Eine Aussage von ihm oder in seinem Namen wird zitiert",
  "comparison.about.no-statement":
    "eine Reaktion ist erfasst (etwa ein „kein Kommentar“), aber keine Aussage wird zitiert",
  "comparison.about.unknown": "das Material erfasst keinen Rückzug, keine Aussage und keine Reaktion",
  "comparison.keyItem": "{status}: {about}.",
  "comparison.keyIntro":
    "Ein Status ergibt sich nur aus Zeilen des Materials, die den Akteur nennen, nie aus freiem Text:",
  "comparison.moreInEvidence": "… und {count} weitere im Material.",
  "comparison.moreOnTimeline": "… und {count} weitere in der Chronik.",
  "comparison.moreOnStatements": "… und {count} weitere auf der Seite der Aussagen.",
  "comparison.manySources": "{sources}:",
  "comparison.noContact": "Kein Kontakt im Material.",
  "comparison.contactedPer": { one: "Ja, laut {count} Quelle:", other: "Ja, laut {count} Quellen:" },
  "comparison.nothing": "Nichts im Material.",
  "comparison.per": "Laut",
  "comparison.perColon": "Laut:",
  "comparison.alsoOnRecord": "Außerdem erfasst:",
  "comparison.onStatementsPage": "auf der Seite der Aussagen",
  "comparison.noStatement": "Keine Aussage im Material.",
  "comparison.asOf": "Stand {date}",
  "comparison.noAsOf": "kein Stichtag erfasst",
  "comparison.noFigure": "Keine Zahl im Material.",
  "comparison.eventsOnTimeline": {
    one: "{count} Ereignis in der Chronik",
    other: "{count} Ereignisse in der Chronik",
  },
  "comparison.empty":
    "Das Material enthält keinen Akteur der Art {kind}, daher gibt es noch nichts zu vergleichen.",
  "comparison.caption": "{actors} im Vergleich, jede Tatsache mit ihren Quellen.",
  "comparison.unattributed":
    "Berichtete Rückzüge, die keinen der verglichenen Akteure nennen. Das Material sagt nicht, welcher es war, und diese Tabelle rät nicht:",
};
