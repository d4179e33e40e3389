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
  "timeline.faded.about": "ungefähre Daten; die Datumsanmerkung des Eintrags sagt, woher sie bekannt sind",
  "timeline.line": "Linie",
  "timeline.line.about": "verbindet ein Ereignis mit den anderen beteiligten Akteuren",
  "timeline.keyMoment": "Schlüsselmoment: {label}",
};
