// The timeline: its key, list and charts.
import type { CatalogueArea } from "../../catalogue.js";

export const timeline: CatalogueArea<"timeline"> = {
  "timeline.key": "Legende",
  "timeline.statement": "Aussage",
  "timeline.statement.about": "was ein Akteur sagte, wörtlich zitiert",
  "timeline.bar": "Balken",
  "timeline.bar.about": "ein Zeitraum, vom Anfangs- bis zum Enddatum",
  "timeline.dashed": "gestrichelter Kasten",
  "timeline.dashed.about": "ein Datum, das nur auf den Monat oder das Jahr genau bekannt ist",
  "timeline.faded": "verblassende Enden",
  "timeline.faded.about":
    "ein ungefähres Datum (~ in den Daten oder laut Datumsanmerkung): etwa zu dieser Zeit",
  "timeline.open": "verblassender Balken",
  "timeline.open.about":
    "ein offenes Datum: vor (oder nach) dem Tag, an dem der Balken fest endet; wie lange davor, ist nicht bekannt",
  "timeline.doubtMark": "?",
  "timeline.doubt": "Fragezeichen",
  "timeline.doubt.about": "ein Datum, dessen die Quelle sich nicht sicher ist",
  "timeline.line": "Linie",
  "timeline.line.about": "verbindet ein Ereignis mit den anderen beteiligten Akteuren",
  "timeline.keyMoment": "Schlüsselmoment: {label}",
  "timeline.precision.year": "Datum auf das Jahr genau bekannt",
  "timeline.precision.month": "Datum auf den Monat genau bekannt",
  "timeline.precision.span": "irgendwann in diesem Zeitraum",
  "timeline.dateNote": "Datum: {note}",
  "timeline.saidBy": "Gesagt von: {names}",
  "timeline.actors": "Akteure: {names}",
  "timeline.events": { one: "{count} Ereignis", other: "{count} Ereignisse" },
  "timeline.statements": { one: "{count} Aussage", other: "{count} Aussagen" },
  "timeline.nothing": "nichts",
  "timeline.span": "{from} bis {to}",
  "timeline.empty": "Das Material enthält noch keine Ereignisse oder Aussagen.",
  "timeline.takeaway": "{counts}, {span}.",
  "timeline.takeawayBusiest": "{counts}, {span}; an {busiest} davon ist {lane} beteiligt.",
  "timeline.otherOutlets": {
    one: "{names} und {count} weiteres Medium",
    other: "{names} und {count} weitere Medien",
  },
  "timeline.sourceLine": "Quellen: {list}; jeder Eintrag der Liste nennt seine eigenen.",
  "timeline.title": "Ereignisse und Aussagen im Zeitverlauf, nach Akteur",
  "timeline.description": {
    one: "Chronik-Grafik mit {counts} in {count} Bahn, einer je Akteur, {span}.",
    other: "Chronik-Grafik mit {counts} in {count} Bahnen, einer je Akteur, {span}.",
  },
  "timeline.listedPaged":
    "Die Seiten der Chronik führen jeden Eintrag mit Datum, Stand und Quellen auf, eine Seite pro Jahr.",
  "timeline.listedBelow": "Die Liste darunter führt jeden Eintrag mit Datum, Stand und Quellen auf.",
  "timeline.emptyChart": "Leere Chronik: Das Material enthält noch keine Ereignisse oder Aussagen.",
  "timeline.someTimeIn": "Irgendwann {year}",
  "timeline.tableCaption": "Alle Ereignisse und Aussagen der Chronik in zeitlicher Reihenfolge",
  "timeline.column.date": "Datum",
  "timeline.column.lane": "Bahn",
  "timeline.column.kind": "Art",
  "timeline.column.status": "Stand",
  "timeline.column.title": "Titel",
  "timeline.column.actors": "Akteure",
  "timeline.column.year": "Jahr",
  "timeline.column.events": "Ereignisse",
  "timeline.column.statements": "Aussagen",
  "timeline.countCaption":
    "Ereignisse und Aussagen je Jahr und Bahn: {counts} sind zu viele für eine Liste, daher zählt diese Tabelle sie; der CSV-Download enthält jede Zeile, die Chronik-Seite führt jede mit ihren Quellen auf",
  "timeline.yearTitle": "{year} in der Chronik",
  "timeline.yearIntro":
    "Die {items}, die {year} begannen, in zeitlicher Reihenfolge, jeweils mit Datum, wie sicher das Material ist, und Quellen.",
  "timeline.openMonth": "Öffnen Sie einen Monat, um seine Einträge zu sehen.",
  "timeline.yearsAgain": "Jahre (unten)",
  "timeline.noChart":
    "Das Material enthält noch keine Ereignisse oder Aussagen, daher gibt es keine Chronik.",
  "timeline.nothingToList":
    "Noch nichts aufzulisten: Fügen Sie Zeilen in events.csv oder statements.csv hinzu.",
  "timeline.listIntro":
    "Dieselben {items} in zeitlicher Reihenfolge, jeweils mit Datum, wie sicher das Material ist, und Quellen.",
  "timeline.listPaged": "Für eine Seite sind es zu viele, daher hat jedes Jahr seine eigene Seite:",
  "timeline.forWhom": "{speaker} für {party}",
};
