// Ce que les parties ont dit : matrice des affirmations, rapporté et déclaré, comparaison.
import type { CatalogueArea } from "../../catalogue.js";

export const statements: CatalogueArea<"statements"> = {
  "claims.count": {
    one: "{count} affirmation",
    many: "{count} d’affirmations",
    other: "{count} affirmations",
  },
  "claims.more": {
    one: "{count} autre affirmation",
    many: "{count} autres affirmations",
    other: "{count} autres affirmations",
  },
  "claims.withQuotes": "{claims}, avec citations et sources",
  "claims.onTopic": "sur « {topic} »",
  "claims.conflictNote": "{party} prend ici plus d’une position : {stances}.",
  "claims.reportingParty": "rapporteur",
  "claims.caption": "Affirmations par sujet (lignes) et par partie (colonnes)",
  "claims.legend": "Légende",
  "claims.silentKey": "{silent} (aucune affirmation dans les pièces)",
  "claims.noMatrix": "Les pièces ne contiennent encore aucune affirmation : pas de matrice à afficher.",
  "claims.conflictsLabel": "Positions contradictoires :",
  "claims.conflictsAbout":
    "une partie, un sujet, des affirmations qui prennent plus d’une position. Vérifiez chacune d’après sa citation.",
  "claims.partName": "{name} ({claims})",
  "claims.event": "Événement : {event} ({date})",
  "claims.inFull": "la déclaration complète",
  "claims.reported": "Rapporté",
  "claims.said": "Ce que les parties ont dit",
  "claims.nothingReported": "Rien n’est rapporté sur ce sujet dans les pièces.",
  "claims.noAnswer": "Aucune partie n’a répondu sur ce sujet dans les pièces.",
  "claims.intro": "Pour chaque sujet, ce qui a été rapporté, face à la réponse de chaque partie.",
  "claims.splitIntro":
    "Pour chaque sujet, ce qui a été rapporté, face à la réponse de chaque partie. Avec {claims}, chaque réponse indique combien d’affirmations elle contient et y renvoie, avec citations et sources, sur {pages} par sujet :",
  "claims.pageTitle": "Affirmations sur {topics}",
  "claims.pageIntro":
    "Page {page} sur {pages} des affirmations des pièces : pour chaque sujet, ce qui a été rapporté face à la réponse de chaque partie, chaque affirmation avec sa citation et ses sources. La matrice et les autres sujets sont sur {link}.",
  "claims.rvsHeading": "Rapporté et déclaré",
  "pages.count": { one: "{count} page", many: "{count} de pages", other: "{count} pages" },
  "statements.by": "Déclaration de {name}, {date}",
  "statements.forWhom": "{speaker}, pour {party}",
  "statements.respondsTo": "En réponse à {event} ({date})",
  "statements.notResponding": "Sans lien avec un événement recensé",
  "statements.topics": "Sujets : {topics}",
  "statements.empty": "Les pièces ne contiennent encore aucune déclaration.",
  "statements.eventOnTimeline": "L’événement sur la chronologie",
  "statements.partName": "{dates} ({statements})",
  "statements.intro":
    "Regroupées selon l’événement auquel chacune répond, de la plus ancienne à la plus récente.",
  "statements.splitIntro":
    "Par date, de la plus ancienne à la plus récente. Avec {statements}, chacune est citée en entier, avec l’événement auquel elle répond, ses sources et ses notes, sur {pages} :",
  "statements.indexIntro": "Chaque ligne ci-dessous mène à la déclaration complète.",
  "statements.pageTitle": "Déclarations {first} à {last} sur {total}",
  "statements.pageIntro":
    "Page {page} sur {pages} des déclarations des pièces, de la plus ancienne à la plus récente, chacune citée telle que publiée, avec l’événement auquel elle répond, ses sources et ses notes. Le reste est sur {link}.",
  "compare.intro":
    "Deux déclarations côte à côte, mot à mot. L’adresse de cette page garde la paire choisie : vous pouvez la partager.",
  "compare.tooFew": "La comparaison demande au moins deux déclarations ; les pièces en contiennent {count}.",
  "compare.first": "Première :",
  "compare.second": "Seconde :",
  "compare.inFull": "en entier",
  "compare.firstStatement": "Première déclaration",
  "compare.secondStatement": "Seconde déclaration",
  "compare.swap": "Inverser",
  "compare.submit": "Comparer",
  "compare.status":
    "Comparaison des deux déclarations d’une même partie qui ont le plus de mots en commun. Les mots supprimés sont barrés dans la première, les mots ajoutés soulignés dans la seconde.",
  "compare.deleted": "supprimé :",
  "compare.inserted": "ajouté :",
  "compare.key":
    "{struck} : seulement dans la première ; {underlined} : seulement dans la seconde ; le texte normal figure dans les deux.",
  "compare.struck": "Barré",
  "compare.underlined": "souligné",
  "compare.means": "signifie",
};
