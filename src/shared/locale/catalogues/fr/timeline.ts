// The timeline: its key, list and charts.
import type { CatalogueArea } from "../../catalogue.js";

export const timeline: CatalogueArea<"timeline"> = {
  "timeline.key": "Légende",
  "timeline.statement": "déclaration",
  "timeline.statement.about": "ce qu’un acteur a dit, cité mot pour mot",
  "timeline.bar": "barre",
  "timeline.bar.about": "une période, de sa date de début à sa date de fin",
  "timeline.dashed": "cadre en pointillés",
  "timeline.dashed.about": "une date connue seulement au mois ou à l’année près",
  "timeline.faded": "extrémités estompées",
  "timeline.faded.about":
    "une date approximative (~ dans les données, ou une note de date qui le dit) : vers cette époque",
  "timeline.open": "barre qui s’estompe",
  "timeline.open.about":
    "une date ouverte : avant (ou après) le jour où la barre s’arrête nettement ; combien de temps avant, on l’ignore",
  "timeline.doubtMark": "?",
  "timeline.doubt": "point d’interrogation",
  "timeline.doubt.about": "une date dont la source n’est pas sûre",
  "timeline.line": "ligne",
  "timeline.line.about": "relie un événement aux autres acteurs concernés",
  "timeline.keyMoment": "Moment clé : {label}",
  "timeline.precision.year": "date connue à l’année près",
  "timeline.precision.month": "date connue au mois près",
  "timeline.precision.span": "à un moment de cette période",
  "timeline.dateNote": "Date : {note}",
  "timeline.saidBy": "Propos de : {names}",
  "timeline.actors": "Acteurs : {names}",
  "timeline.events": { one: "{count} événement", many: "{count} d’événements", other: "{count} événements" },
  "timeline.statements": {
    one: "{count} déclaration",
    many: "{count} de déclarations",
    other: "{count} déclarations",
  },
  "timeline.nothing": "rien",
  "timeline.span": "du {from} au {to}",
  "timeline.empty": "Les pièces ne contiennent encore ni événement ni déclaration.",
  "timeline.takeaway": "{counts}, {span}.",
  "timeline.takeawayBusiest": "{counts}, {span} ; {lane} est concerné par {busiest}.",
  "timeline.otherOutlets": {
    one: "{names} et {count} autre média",
    many: "{names} et {count} autres médias",
    other: "{names} et {count} autres médias",
  },
  "timeline.sourceLine": "Sources : {list} ; chaque élément de la liste cite les siennes.",
  "timeline.title": "Événements et déclarations dans le temps, par acteur",
  "timeline.description": {
    one: "Graphique chronologique de {counts} sur {count} ligne, une par acteur, {span}.",
    many: "Graphique chronologique de {counts} sur {count} lignes, une par acteur, {span}.",
    other: "Graphique chronologique de {counts} sur {count} lignes, une par acteur, {span}.",
  },
  "timeline.listedPaged":
    "Les pages de la chronologie les listent tous, une page par année, avec leur date, leur statut et leurs sources.",
  "timeline.listedBelow": "La liste ci-dessous les donne tous avec leur date, leur statut et leurs sources.",
  "timeline.emptyChart": "Chronologie vide : les pièces ne contiennent encore ni événement ni déclaration.",
  "timeline.someTimeIn": "Courant {year}",
  "timeline.tableCaption":
    "Tous les événements et déclarations de la chronologie, dans l’ordre chronologique",
  "timeline.column.date": "Date",
  "timeline.column.lane": "Ligne",
  "timeline.column.kind": "Type",
  "timeline.column.status": "Statut",
  "timeline.column.title": "Titre",
  "timeline.column.actors": "Acteurs",
  "timeline.column.year": "Année",
  "timeline.column.events": "Événements",
  "timeline.column.statements": "Déclarations",
  "timeline.countCaption":
    "Événements et déclarations par année et par ligne : {counts}, c’est trop pour les lister ici, ce tableau les compte donc ; le téléchargement CSV contient chaque ligne et la page de la chronologie les donne toutes avec leurs sources",
  "timeline.yearTitle": "{year} sur la chronologie",
  "timeline.yearIntro":
    "Les {items} commencés en {year}, dans l’ordre chronologique, chacun avec sa date, le degré de certitude des pièces et ses sources.",
  "timeline.openMonth": "Ouvrez un mois pour voir ses entrées.",
  "timeline.yearsAgain": "Années (bas de page)",
  "timeline.noChart":
    "Les pièces ne contiennent encore ni événement ni déclaration : pas de chronologie à tracer.",
  "timeline.nothingToList":
    "Rien à lister pour l’instant : ajoutez des lignes à events.csv ou statements.csv.",
  "timeline.listIntro":
    "Les mêmes {items} dans l’ordre chronologique, chacun avec sa date, le degré de certitude des pièces et ses sources.",
  "timeline.listPaged": "Ils sont trop nombreux pour une seule page : chaque année a donc la sienne :",
  "timeline.forWhom": "{speaker} pour {party}",
};
