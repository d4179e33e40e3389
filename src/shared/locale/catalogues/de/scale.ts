// Die Seite zu den Größenordnungen: Diagramme, Leitzahl und was nicht aufgeht.
import type { CatalogueArea } from "../../catalogue.js";

export const scale: CatalogueArea<"scale"> = {
  "scale.total": "Gesamt",
  "scale.totalStated": "Gesamt (angegeben)",
  "scale.totalBar": "Gesamt ({date}): {amount}",
  "scale.totalBarKind": "Gesamt, {kind} ({date}): {amount}",
  "scale.restOfWorld": "Übrige Welt, berechnet",
  "scale.rest": "Rest, berechnet",
  "scale.moreListed": "{count} weitere nach {scope}, zusammengerechnet",
  "scale.percent": "Prozent",
  "scale.column.share": "Anteil am Gesamtwert",
  "scale.column.asOf": "Stand",
  "scale.column.estimate": "Schätzung",
  "scale.column.notes": "Anmerkungen",
  "scale.column.what": "Was",
  "scale.column.squares": "Quadrate",
  "scale.column.figure": "Zahl",
  "scale.column.who": "Wer",
  "scale.column.amount": "Betrag",
  "scale.column.unit": "Einheit",
  "scale.breakdown.title": "{subject}, nach {scope}",
  "scale.breakdown.emptyTitle": "Teile eines Ganzen",
  "scale.breakdown.empty":
    "Das Material enthält noch keine in Teile aufgeschlüsselten Zahlen (ein Bereich wie „country“, mit einer Gruppe je Zeile).",
  "scale.breakdown.description": "Balkendiagramm, {unit}. {bars}.",
  "scale.breakdown.onlyPart":
    "{group}: {amount}, der einzige aufgeführte Teil nach {scope}; das Material nennt keine Gesamtzahl, mit der er sich abgleichen ließe.",
  "scale.breakdown.largest":
    "{group} ist der größte der {count} aufgeführten Teile nach {scope} ({amount}); das Material nennt keine Gesamtzahl, mit der sie sich abgleichen ließen.",
  "scale.breakdown.lead": "{group}: {amount} von {total} ({share}).",
  "scale.breakdown.exceeds": {
    one: "{lead} Der eine aufgeführte Teil nach {scope} ergibt {listed}, mehr als die angegebene Gesamtzahl: Die Zahlen gehen nicht auf.",
    other:
      "{lead} Die {count} aufgeführten Teile nach {scope} ergeben zusammen {listed}, mehr als die angegebene Gesamtzahl: Die Zahlen gehen nicht auf.",
  },
  "scale.breakdown.remainder": {
    one: "{lead} Der eine aufgeführte Teil nach {scope} ergibt {listed}; die übrigen {remainder} sind nicht aufgeschlüsselt.",
    other:
      "{lead} Die {count} aufgeführten Teile nach {scope} ergeben zusammen {listed}; die übrigen {remainder} sind nicht aufgeschlüsselt.",
  },
  "scale.breakdown.complete": {
    one: "{lead} Der eine aufgeführte Teil nach {scope} ergibt die Gesamtzahl.",
    other: "{lead} Die {count} aufgeführten Teile nach {scope} ergeben zusammen die Gesamtzahl.",
  },
  "scale.cite": "{amount} ({date}; {outlets})",
  "scale.citeKind": "{amount} ({kind}, {date}; {outlets})",
  "scale.partsBelow": {
    one: "Der eine für „{subject}“ aufgeführte Teil nach {scope} ergibt {listed}, {gap} weniger als die angegebene Gesamtzahl von {total}. Die Differenz ist hier berechnet (Gesamtzahl − aufgeführte Teile), nicht von einer Quelle genannt.",
    other:
      "Die {count} für „{subject}“ aufgeführten Teile nach {scope} ergeben zusammen {listed}, {gap} weniger als die angegebene Gesamtzahl von {total}. Die Differenz ist hier berechnet (Gesamtzahl − aufgeführte Teile), nicht von einer Quelle genannt.",
  },
  "scale.partsAbove": {
    one: "Der eine für „{subject}“ aufgeführte Teil nach {scope} ergibt {listed}, {gap} mehr als die angegebene Gesamtzahl von {total}. Teile und Gesamtzahl können nicht beide stimmen, daher wird kein Rest gezeigt.",
    other:
      "Die {count} für „{subject}“ aufgeführten Teile nach {scope} ergeben zusammen {listed}, {gap} mehr als die angegebene Gesamtzahl von {total}. Teile und Gesamtzahl können nicht beide stimmen, daher wird kein Rest gezeigt.",
  },
  "scale.disagree":
    "Die Quellen widersprechen sich bei „{what}“ (Stand {date}): {figures}. Beide Angaben stehen hier; keine wird herausgemittelt.",
  "scale.against": "{first}; dagegen {second}",
  "scale.mixedUnits":
    "„{subject}“ wird in {units} angegeben: Diese Werte werden nie zusammengezählt oder auf einer Skala gezeigt.",
  "scale.estimates.title": "{subject}: alle Schätzungen nach Datum",
  "scale.estimates.emptyTitle": "Wie sich die Schätzung verändert hat",
  "scale.estimates.empty":
    "Das Material nennt für keinen Gegenstand mehr als eine Gesamtzahl, daher gibt es keine Veränderung zu zeigen.",
  "scale.estimates.description": "Balkendiagramm, {unit}, älteste zuerst. {bars}.",
  "scale.estimates.cite": "{amount} ({date}, {outlet})",
  "scale.estimates.first": "Zuerst kam die Zahl {figure} ({kind})",
  "scale.estimates.firstStated": "Zuerst kam die Zahl {figure}",
  "scale.estimates.fromTo": "Von {first} auf {last}",
  "scale.estimates.fromToOfficial": "Von {first} auf die offizielle Zahl {last}",
  "scale.estimates.sameDate": "{lead}; am selben Tag nannte {others}.",
  "scale.estimates.gave": "{outlet} {amount}",
  "scale.estimates.end": "{lead}.",
  "scale.waffle.emptyTitle": "Eine kleinere Zahl neben der Leitzahl",
  "scale.waffle.empty":
    "Für den Vergleich braucht es zwei Gesamtzahlen in derselben Einheit (Bereich „total“, z. B. Personen); das Material hat sie nicht.",
  "scale.waffle.title": "{small} gegenüber {big}: ein Quadrat steht für {square}",
  "scale.waffle.takeaway": "{big} sind {ratio} so viele wie {small}.",
  "scale.waffle.description": "Einheitendiagramm; ein Quadrat steht für {square}. {small}. {big}. {takeaway}",
  "scale.waffle.ratio": "etwa {ratio}-mal",
  "scale.waffle.squares": { one: "{count} Quadrat", other: "{count} Quadrate" },
  "scale.other.headline": "{subject} (die Leitzahl)",
  "scale.other.inUnit": "in {unit}",
  "scale.other.rangeOne": "In {unit}: {amount} ({name})",
  "scale.other.range": "In {unit}: von {low} ({lowName}) bis {high} ({highName})",
  "scale.other.apart":
    "Jede Einheit hat ihre eigene Skala; {units} werden nie zusammengezählt oder auf einer Achse verglichen.",
  "scale.other.description":
    "Balkendiagramme, je eines pro Gegenstand und Einheit; Balken derselben Einheit teilen eine Skala. {panels}.",
  "scale.counts.title":
    "Zum Vergleich: weitere Zahlen aus dem Material, jede in ihrer Einheit und mit ihrem Stand",
  "scale.counts.emptyTitle": "Zum Vergleich: weitere Zahlen",
  "scale.counts.empty":
    "Das Material enthält keine Zahlen zu benannten Organisationen (Bereich „entity“), die sich neben die Leitzahl stellen ließen.",
  "scale.money.title": "Zum Vergleich: Geldbeträge aus dem Material, jede Währung für sich",
  "scale.money.emptyTitle": "Zum Vergleich: Geldbeträge",
  "scale.money.empty":
    "Das Material enthält keine Geldbeträge zu benannten Organisationen (Bereich „entity“), etwa Bußgelder.",
  "scale.headline": "Die Leitzahl des Materials lautet {amount} – „{subject}“ ({details}).",
  "scale.headlineNote": "{sentence} Ihre Anmerkung im Material: „{note}“",
  "scale.noTotals":
    "Das Material nennt noch keine Gesamtzahlen, daher lässt sich nichts ins Verhältnis setzen.",
  "scale.noFigures": "Das Material enthält noch keine Zahlen.",
  "scale.reconciled":
    "Die Zahlen gehen auf: keine Teile, die ihre Gesamtzahl verfehlen, keine Quellen, die sich widersprechen, kein Gegenstand in zwei Einheiten.",
  "scale.missingFigures":
    "Für {names} enthält das Material keine Zahl: Keine ließ sich einer Quelle und einem Datum zuordnen, daher fehlen sie, statt geschätzt zu werden.",
  "claims.chart.title": "Wer bejaht, bestreitet oder relativiert was",
  "claims.chart.empty": "Das Material enthält noch keine Behauptungen.",
  "claims.chart.conflicts": "Widersprüchliche Haltungen: {list}.",
  "claims.partyOn": "{party} zu „{topic}“",
  "claims.chart.noConflicts": "Keine Partei nimmt zu einem Thema mehr als eine Haltung ein.",
  "claims.chart.description":
    "Punktmatrix aus {topics} Themen und {parties} Parteien: {counts}; alle übrigen Zellen ohne Aussage. {takeaway}",
  "claims.chart.count": "{stance}: {count}",
  "claims.chart.caption": "Haltung jeder Partei zu jedem Thema (Zellen ohne Aussage ausgelassen)",
  "claims.chart.conflicting": "{stance} ({stances})",
  "claims.column.topic": "Thema",
  "claims.column.party": "Partei",
  "claims.column.stance": "Haltung",
  "claims.column.claims": "Behauptungen",
};
