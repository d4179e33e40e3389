// Le tableau comparatif : les acteurs d’un même type côte à côte (site.json « comparison »).
import type { CatalogueArea } from "../../catalogue.js";

export const comparison: CatalogueArea<"comparison"> = {
  "comparison.status.pulled-out": "Retiré",
  "comparison.status.responded": "A répondu publiquement",
  "comparison.status.no-statement": "Réaction enregistrée, aucune déclaration citée",
  "comparison.status.unknown": "Inconnu",
  "comparison.about.pulled-out": "s’est retiré, selon un événement du type « {kind} » qui le nomme",
  "comparison.about.responded": "a répondu publiquement : une déclaration de sa part ou en son nom est citée",
  "comparison.about.no-statement":
    "une réaction est enregistrée (un refus de commenter, par exemple), mais aucune déclaration n’est citée",
  "comparison.about.unknown": "les pièces n’enregistrent ni retrait, ni déclaration, ni réaction de sa part",
  "comparison.keyItem": "{status} : {about}.",
  "comparison.keyIntro":
    "Un statut ne vient que des lignes des pièces qui nomment l’acteur, jamais d’un texte libre :",
  "comparison.moreInEvidence": "… et {count} autres dans les pièces.",
  "comparison.moreOnTimeline": "… et {count} autres sur la chronologie.",
  "comparison.moreOnStatements": "… et {count} autres sur la page des déclarations.",
  "comparison.manySources": "{sources} :",
  "comparison.noContact": "Aucun contact dans les pièces.",
  "comparison.contactedPer": {
    one: "Oui, selon {count} source :",
    many: "Oui, selon {count} de sources :",
    other: "Oui, selon {count} sources :",
  },
  "comparison.nothing": "Rien dans les pièces.",
  "comparison.per": "Selon",
  "comparison.perColon": "Selon :",
  "comparison.alsoOnRecord": "Également enregistré :",
  "comparison.onStatementsPage": "sur la page des déclarations",
  "comparison.noStatement": "Aucune déclaration dans les pièces.",
  "comparison.asOf": "au {date}",
  "comparison.noAsOf": "aucune date de référence enregistrée",
  "comparison.noFigure": "Aucun chiffre dans les pièces.",
  "comparison.eventsOnTimeline": {
    one: "{count} événement sur la chronologie",
    many: "{count} d’événements sur la chronologie",
    other: "{count} événements sur la chronologie",
  },
  "comparison.empty":
    "Les pièces ne contiennent aucun acteur du type {kind} : rien à comparer pour l’instant.",
  "comparison.caption": "{actors} côte à côte, chaque fait avec ses sources.",
  "comparison.unattributed":
    "Des retraits rapportés qui ne nomment aucun des acteurs comparés. Les pièces ne disent pas lequel, et ce tableau ne devine pas :",
};
