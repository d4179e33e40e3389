// Die Quellen: jede Quelle mit dem, was sie zitiert, die unzitierten und ihre Folgeseiten.
import type { CatalogueArea } from "../../catalogue.js";

export const sources: CatalogueArea<"sources"> = {
  "sources.count": { one: "{count} Quelle", other: "{count} Quellen" },
  "sources.figures": { one: "{count} Zahl", other: "{count} Zahlen" },
  "sources.listedWhere.events": "jedes Ereignis nennt seine Quellen in der Chronik und in events.csv",
  "sources.listedWhere.statements":
    "jede Aussage nennt ihre Quellen auf der Seite der Aussagen und in statements.csv",
  "sources.listedWhere.claims":
    "jede Behauptung nennt ihre Quellen auf der Seite der Aussagen und in claims.csv",
  "sources.listedWhere.figures": "jede Zahl nennt ihre Quellen in figures.csv",
  "sources.firstShown":
    "Die ersten {shown} von {total}; {left} weitere sind hier nicht aufgeführt ({where}).",
  "sources.notCited": "Nicht zitiert",
  "sources.notCitedBy":
    "{notCited} von einem Ereignis, einer Aussage, Behauptung, Zahl, einem Schlüsselmoment oder einer Korrektur.",
  "sources.citedBy": { one: "Zitiert von {count} Zeile", other: "Zitiert von {count} Zeilen" },
  "sources.citedByShort": { one: "zitiert von {count} Zeile", other: "zitiert von {count} Zeilen" },
  "sources.uncitedShort": "nicht zitiert",
  "sources.noDate": "kein Datum erfasst",
  "sources.link": "Link: {link}",
  "sources.noLink": "Kein Link erfasst.",
  "sources.allCited":
    "Jede Quelle wird von mindestens einem Ereignis, einer Aussage, Behauptung, Zahl, einem Schlüsselmoment oder einer Korrektur zitiert.",
  "sources.uncited": {
    one: "{count} Quelle wird im Material von nichts zitiert (data:check warnt davor):",
    other: "{count} Quellen werden im Material von nichts zitiert (data:check warnt davor):",
  },
  "sources.empty": "Das Material enthält noch keine Quellen.",
  "sources.undated": "ohne Datum",
  "sources.order": "Nach Medium, dann nach Erscheinungsdatum.",
  "sources.splitIntro":
    "Nach Medium, dann nach Erscheinungsdatum. Bei {sources} stehen die vollständigen Einträge (Titel, Datum, Art, Anmerkungen, Link und was sie zitiert) auf {pages} mit je bis zu {size}:",
  "sources.indexIntro": "Jede Zeile unten führt zum vollständigen Eintrag der Quelle.",
  "sources.from": "Aus {from}",
  "sources.fromTo": "Von {from} bis {to}",
  "sources.pageTitle": "Quellen {first}–{last} von {total}",
  "sources.pageIntro":
    "Seite {page} von {pages} der Quellen, nach Medium, dann nach Erscheinungsdatum. Unter jeder Quelle die Ereignisse, Aussagen, Behauptungen und Zahlen, die sie zitieren. Alle Quellen: {link}.",
  "sources.keyMoments": { one: "{count} Schlüsselmoment", other: "{count} Schlüsselmomente" },
  "sources.corrections": { one: "{count} Korrektur", other: "{count} Korrekturen" },
  "sources.listedWhere.annotations": "jeder Schlüsselmoment nennt seine Quellen in annotations.csv",
  "sources.listedWhere.corrections": "jede Korrektur nennt ihre Quellen in corrections.csv",
};
