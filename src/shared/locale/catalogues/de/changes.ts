// Die Geschichte des Materials (Seite /changes, Block {{ changes }}): was jeder Commit geändert hat.
import type { CatalogueArea } from "../../catalogue.js";

export const changes: CatalogueArea<"changes"> = {
  "page.changes": "Änderungen",
  "changes.intro":
    "Jede Änderung am Material seit dem ersten Commit, die neueste zuerst: für jeden Commit der Versionsgeschichte die Zeilen, die er in jeder Tabelle hinzugefügt, entfernt oder geändert hat.",
  "changes.none":
    "Für das Material ist keine Versionsgeschichte vorhanden: Sein Ordner liegt in keinem Git-Repository, oder darin wurde noch nichts committet.",
  "changes.noRows": "Noch kein Commit hat eine Zeile des Materials geändert.",
  "changes.link": "Jede Änderung am Material, Commit für Commit: {link}.",
  "changes.commit": "Commit {hash}",
  "changes.rowsAdded": { one: "{count} Zeile hinzugefügt", other: "{count} Zeilen hinzugefügt" },
  "changes.rowsRemoved": { one: "{count} Zeile entfernt", other: "{count} Zeilen entfernt" },
  "changes.rowsChanged": { one: "{count} Zeile geändert", other: "{count} Zeilen geändert" },
  "changes.added": "Hinzugefügt",
  "changes.removed": "Entfernt",
  "changes.changed": "Geändert",
  "changes.empty": "(leer)",
  "changes.noId": "eine Zeile ohne ID (Zeile {line})",
  "changes.columnAdded": "Spalte „{column}“ hinzugefügt.",
  "changes.columnRemoved": "Spalte „{column}“ entfernt.",
  "changes.columnRenamed": "Spalte „{from}“ in „{to}“ umbenannt.",
  "changes.unreadable":
    "Eine Fassung dieser Tabelle ließ sich nicht als CSV lesen; ihre Zeilen werden daher nicht verglichen.",
  "changes.duplicates":
    "Einige IDs stehen in mehr als einer Zeile ({ids}); diese Zeilen werden in der Reihenfolge der Datei verglichen.",
  "changes.moreRows": {
    one: "{count} weitere Zeile dieser Tabelle ist hier nicht aufgeführt.",
    other: "{count} weitere Zeilen dieser Tabelle sind hier nicht aufgeführt.",
  },
  "changes.begins":
    "Diese Kopie des Repositorys ist ein flacher Klon (Shallow Clone): Ihre Versionsgeschichte beginnt mit diesem Commit, die Commits davor fehlen. Was dieser Commit geändert hat, ist daher nicht bekannt, und seine Zeilen werden nicht als hinzugefügt aufgeführt: Die Geschichte beginnt mit dem Material, wie es hier stand.",
  "changes.beginsBrief": "hier beginnt die Versionsgeschichte (flacher Klon)",
  "changes.older": {
    one: "{count} älterer Commit, kurz gefasst",
    other: "{count} ältere Commits, kurz gefasst",
  },
};
