// Was die Parteien sagten: Behauptungsmatrix, Bericht und Aussage, Vergleich zweier Aussagen.
import type { CatalogueArea } from "../../catalogue.js";

export const statements: CatalogueArea<"statements"> = {
  "claims.count": { one: "{count} Behauptung", other: "{count} Behauptungen" },
  "claims.more": { one: "{count} weitere Behauptung", other: "{count} weitere Behauptungen" },
  "claims.withQuotes": "{claims}, mit Zitaten und Quellen",
  "claims.onTopic": "zu „{topic}“",
  "claims.conflictNote": "{party} nimmt hier mehr als eine Haltung ein: {stances}.",
  "claims.reportingParty": "berichtend",
  "claims.caption": "Behauptungen nach Thema (Zeilen) und Partei (Spalten)",
  "claims.legend": "Legende",
  "claims.silentKey": "{silent} (keine Behauptung im Material)",
  "claims.noMatrix": "Das Material enthält noch keine Behauptungen, daher gibt es keine Matrix.",
  "claims.conflictsLabel": "Widersprüchliche Haltungen:",
  "claims.conflictsAbout":
    "eine Partei, ein Thema, Behauptungen mit mehr als einer Haltung. Prüfen Sie jede an ihrem Zitat.",
  "claims.partName": "{name} ({claims})",
  "claims.event": "Ereignis: {event} ({date})",
  "claims.inFull": "die vollständige Aussage",
  "claims.reported": "Berichtet",
  "claims.said": "Was die Parteien sagten",
  "claims.nothingReported": "Zu diesem Thema ist im Material nichts berichtet.",
  "claims.noAnswer": "Zu diesem Thema hat im Material keine Partei geantwortet.",
  "claims.intro": "Zu jedem Thema, was berichtet wurde, neben der Antwort jeder Partei.",
  "claims.splitIntro":
    "Zu jedem Thema, was berichtet wurde, neben der Antwort jeder Partei. Bei {claims} nennt jede Antwort, wie viele Behauptungen sie umfasst, und verlinkt sie mit Zitaten und Quellen auf {pages} nach Thema:",
  "claims.pageTitle": "Behauptungen zu {topics}",
  "claims.pageIntro":
    "Seite {page} von {pages} der Behauptungen im Material: zu jedem Thema, was berichtet wurde, neben der Antwort jeder Partei, jede Behauptung mit Zitat und Quellen. Die Matrix und die übrigen Themen stehen unter {link}.",
  "claims.rvsHeading": "Berichtet und gesagt",
  "pages.count": { one: "{count} Seite", other: "{count} Seiten" },
  "statements.by": "Aussage von {name}, {date}",
  "statements.forWhom": "{speaker} für {party}",
  "statements.respondsTo": "Als Antwort auf {event} ({date})",
  "statements.notResponding": "Keine Antwort auf ein erfasstes Ereignis",
  "statements.topics": "Themen: {topics}",
  "statements.empty": "Das Material enthält noch keine Aussagen.",
  "statements.eventOnTimeline": "Das Ereignis in der Chronik",
  "statements.partName": "{dates} ({statements})",
  "statements.intro": "Geordnet nach dem Ereignis, auf das jede Aussage antwortet, älteste zuerst.",
  "statements.splitIntro":
    "Nach Datum, älteste zuerst. Bei {statements} steht jede vollständig, mit dem Ereignis, auf das sie antwortet, ihren Quellen und Anmerkungen, auf {pages}:",
  "statements.indexIntro": "Jede Zeile unten führt zur vollständigen Aussage.",
  "statements.pageTitle": "Aussagen {first}–{last} von {total}",
  "statements.pageIntro":
    "Seite {page} von {pages} der Aussagen im Material, älteste zuerst, jede wörtlich wie veröffentlicht, mit dem Ereignis, auf das sie antwortet, ihren Quellen und Anmerkungen. Der Rest steht unter {link}.",
  "compare.intro":
    "Zwei Aussagen nebeneinander, Wort für Wort. Die Adresse dieser Seite merkt sich das gewählte Paar, sodass Sie es teilen können.",
  "compare.tooFew": "Der Vergleich braucht mindestens zwei Aussagen; das Material enthält {count}.",
  "compare.first": "Erste:",
  "compare.second": "Zweite:",
  "compare.inFull": "vollständig",
  "compare.firstStatement": "Erste Aussage",
  "compare.secondStatement": "Zweite Aussage",
  "compare.swap": "Tauschen",
  "compare.submit": "Vergleichen",
  "compare.status":
    "Verglichen werden die zwei Aussagen einer Partei mit den meisten gemeinsamen Wörtern. Gestrichene Wörter sind in der ersten durchgestrichen, hinzugekommene in der zweiten unterstrichen.",
  "compare.deleted": "gestrichen:",
  "compare.inserted": "hinzugefügt:",
  "compare.key":
    "{struck} nur in der ersten; {underlined} nur in der zweiten; normaler Text steht in beiden.",
  "compare.struck": "Durchgestrichen",
  "compare.underlined": "unterstrichen",
  "compare.means": "bedeutet",
};
