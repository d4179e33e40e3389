// Startseite, Kurzbeschreibung jeder Seite, Einbettungsgalerie und Überschriften der neutralen Texte.
import type { CatalogueArea } from "../../catalogue.js";

export const overview: CatalogueArea<"overview"> = {
  "overview.keyFigures": "Kennzahlen",
  "overview.headlineSource": "{when}. Quelle: {source}.",
  "overview.actorsNamed": "{actors}, genannt in Ereignissen der Art „{kind}“",
  "overview.kindEvents": "Ereignisse der Art „{kind}“",
  "overview.kindEventsIn": {
    one: "{count} Ereignis der Art „{kind}“ im Material.",
    other: "{count} Ereignisse der Art „{kind}“ im Material.",
  },
  "overview.onTimeline": "In der Chronik",
  "overview.actors": { one: "{count} Akteur", other: "{count} Akteure" },
  "overview.outlets": { one: "{count} Medium", other: "{count} Medien" },
  "overview.evidence":
    "Das Material umfasst {sources} aus {outlets} sowie {counts}, gespeichert als CSV-Dateien. Jede Zeile nennt ihre Quellen, und die Lader prüfen jede Zeile, bevor die Website gebaut wird. {download}.",
  "overview.download": "Das gesamte Material als JSON herunterladen",
  "overview.citation": "{title}, Datenstand {date}, {url}",
  "summary.timeline":
    "{events} und {statements} auf einer Zeitachse, eine Bahn pro Akteur, jeweils mit Quellen.",
  "summary.scale": "{figures} aus dem Material, ins Verhältnis gesetzt, samt dem, was nicht aufgeht.",
  "summary.statements": "{statements}, wörtlich wie veröffentlicht, und {claims} im Vergleich.",
  "summary.comparison":
    "{actors} im Vergleich: was jeweils gefragt wurde, was gesagt wurde und wo sie stehen, jede Tatsache mit ihrer Quelle.",
  "summary.sources": "{sources} aus {outlets}, jede mit allem, was sie zitiert.",
  "summary.embeds": "Jedes Diagramm mit Einbettungscode und Downloads, für Artikel.",
  "embeds.intro":
    "Jedes Diagramm dieser Website lässt sich in jedem CMS in einen Artikel einbinden: Kopieren Sie den Einbettungscode und fügen Sie ihn dort ein, wo das Diagramm erscheinen soll. Es füllt die Spaltenbreite, seine Höhe richtet sich nach dem Inhalt; es lädt nichts von anderen Servern, und Leser ohne JavaScript sehen das statische Bild. CMS, die oEmbed beherrschen, binden ein Diagramm allein über seine URL ein.",
  "embeds.preview": "Vorschau der Einbettungsseite",
  "embeds.downloads": "Downloads:",
  "embeds.code": "Einbettungscode",
  "embeds.copy": "Einbettungscode kopieren",
  "embeds.empty": "Das Material enthält noch keine Diagramme zum Einbetten.",
  "prose.atAGlance": "Auf einen Blick",
  "prose.theEvidence": "Das Material",
  "prose.howMade": "Wie diese Seite entstand",
  "prose.statusMeaning": "Was der Status eines Ereignisses bedeutet:",
  "prose.howToCite": "So zitieren Sie diese Website:",
  "prose.everyItem": "Alle Ereignisse und Aussagen",
  "prose.notAddingUp": "Was nicht aufgeht",
  "prose.claimsMatrix": "Behauptungsmatrix",
  "prose.compare": "Zwei Aussagen vergleichen",
  "prose.everyStatement": "Alle Aussagen",
  "prose.statusRead": "Wie der Status zu lesen ist",
  "prose.notCited": "Nicht zitiert",
  "prose.everySource": "Alle Quellen",
};
