// L'historique des pièces (page /changes, bloc {{ changes }}) : ce que chaque commit a modifié.
import type { CatalogueArea } from "../../catalogue.js";

export const changes: CatalogueArea<"changes"> = {
  "page.changes": "Modifications",
  "changes.intro":
    "Chaque modification des pièces depuis leur premier commit, de la plus récente à la plus ancienne : pour chaque commit de l’historique de l’enquête, les lignes ajoutées, supprimées ou modifiées dans chaque tableau.",
  "changes.none":
    "Aucun historique des pièces n’a été trouvé : leur dossier n’est pas dans un dépôt git, ou rien n’y a encore été enregistré.",
  "changes.noRows": "Aucun commit n’a encore modifié de ligne des pièces.",
  "changes.link": "Chaque modification des pièces, commit par commit : {link}.",
  "changes.commit": "Commit {hash}",
  "changes.rowsAdded": { one: "{count} ligne ajoutée", other: "{count} lignes ajoutées" },
  "changes.rowsRemoved": { one: "{count} ligne supprimée", other: "{count} lignes supprimées" },
  "changes.rowsChanged": { one: "{count} ligne modifiée", other: "{count} lignes modifiées" },
  "changes.added": "Ajoutée",
  "changes.removed": "Supprimée",
  "changes.changed": "Modifiée",
  "changes.empty": "(vide)",
  "changes.noId": "une ligne sans identifiant (ligne {line})",
  "changes.columnAdded": "Colonne « {column} » ajoutée.",
  "changes.columnRemoved": "Colonne « {column} » supprimée.",
  "changes.columnRenamed": "Colonne « {from} » renommée « {to} ».",
  "changes.unreadable":
    "Une version de ce tableau n’a pas pu être lue comme CSV ; ses lignes ne sont donc pas comparées.",
  "changes.duplicates":
    "Certains identifiants figurent sur plusieurs lignes ({ids}) ; ces lignes sont comparées dans l’ordre du fichier.",
  "changes.moreRows": {
    one: "{count} autre ligne de ce tableau n’est pas listée ici.",
    other: "{count} autres lignes de ce tableau ne sont pas listées ici.",
  },
  "changes.begins":
    "Cette copie du dépôt est un clone superficiel (shallow clone) : son historique commence à ce commit, sans les commits antérieurs. On ne sait donc pas ce que ce commit a modifié, et ses lignes ne sont pas présentées comme ajoutées : l’historique part des pièces telles qu’elles étaient ici.",
  "changes.beginsBrief": "l’historique commence ici (clone superficiel)",
  "changes.older": {
    one: "{count} commit plus ancien, en bref",
    other: "{count} commits plus anciens, en bref",
  },
};
