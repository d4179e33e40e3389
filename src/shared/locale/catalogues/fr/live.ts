// Browser code: every key starts with "live." and travels with each page (src/components/locale.ts).
import type { CatalogueArea } from "../../catalogue.js";

export const live: CatalogueArea<"live"> = {
  "live.searchMatches": {
    one: "{count} ligne correspond à « {query} »",
    other: "{count} lignes correspondent à « {query} »",
  },
  "live.searchNone": "Aucune ligne ne correspond à « {query} »",
  "live.searchGroup": "{label} ({shown})",
  "live.searchGroupOf": "{label} ({shown} sur {total})",
  "live.searchEvents": "Événements",
  "live.searchStatements": "Déclarations",
  "live.searchClaims": "Affirmations",
  "live.searchFigures": "Chiffres",
  "live.searchSources": "Sources",
  "live.explore": "Explorer de façon interactive",
  "live.exploreLoading": "Chargement du graphique interactif…",
  "live.exploreBack": "Afficher le graphique statique",
  "live.exploreFailed":
    "Le graphique interactif n’a pas pu être chargé ; le graphique ci-dessus est complet.",
  "live.embedLoading": "Chargement…",
  "live.embedReady": "Interactif : survolez un repère pour voir ses valeurs",
  "live.embedFailed": "La vue interactive n’a pas pu être chargée — réessayez",
  "live.copied": "Copié.",
  "live.copySelected": "Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier.",
  "live.sortedAscending": "Trié par {column}, ordre croissant.",
  "live.sortedDescending": "Trié par {column}, ordre décroissant.",
  "live.close": "Fermer",
  "live.showAnswer": "Voir cette réponse dans la page",
  "live.compareSame": "La même déclaration des deux côtés : rien ne diffère.",
  "live.compareCounts":
    "{deleted} seulement dans la première, {inserted} seulement dans la seconde, {same} dans les deux.",
  "live.compareWords": { one: "{count} mot", other: "{count} mots" },
  "live.compareListFailed":
    "La liste des déclarations n’a pas pu être chargée ; seule cette paire peut être affichée.",
  "live.compareUnknown":
    "L’adresse désigne une déclaration absente des pièces ; la paire par défaut est affichée.",
  "live.timelineHelp":
    "Survolez un repère ou atteignez-le avec Tab pour voir ses détails ; les flèches passent d’un repère à l’autre dans l’ordre chronologique, Entrée garde les détails ouverts et Échap les ferme. Faites glisser sur la bande au-dessus du graphique pour zoomer sur une période.",
  "live.timelineStartFailed":
    "Le graphique chronologique interactif n’a pas pu être chargé ; le graphique ci-dessous est complet.",
  "live.timelineChart": "Graphique chronologique",
  "live.timelineChartShown":
    "Graphique chronologique : {shown} éléments sur {total} affichés, sur {lanes} lignes",
  "live.timelineFilters": "Filtres de la chronologie",
  "live.timelineActors": "Acteurs",
  "live.timelineKinds": "Types",
  "live.timelineAll": "Tous",
  "live.timelineNone": "Aucun",
  "live.timelineAllDates": "Toutes les dates",
  "live.timelineDates": "Période affichée",
  "live.timelineFrom": "Du",
  "live.timelineTo": "au",
  "live.timelineShowing": "{shown} éléments affichés sur {total}, {range}.",
  "live.timelineRange": "du {from} au {to}",
  "live.timelineNoItems": "Aucun élément affiché",
  "live.timelinePosition": "{position} sur {total}",
  "live.timelineLoading": "{date} : chargement des détails…",
  "live.timelineFailed": "{date} : les détails n’ont pas pu être chargés.",
  "live.timelineYearPage": "Voir la page de {year}",
  "live.cardClose": "Fermer les détails",
  "live.cardPinned": "Épinglé",
  "live.cardLabel": "Détails de l’élément",
  "live.storyPosition": "Étape {step} sur {count}",
  "live.timelineFilterLegend": "{legend} à afficher",
  "live.timelineFilterAll": "tous ({total})",
  "live.compareInFull": "en entier",
};
