// Les sources : chaque source avec ce qui la cite, celles qu’aucune ligne ne cite, leurs pages.
import type { CatalogueArea } from "../../catalogue.js";

export const sources: CatalogueArea<"sources"> = {
  "sources.count": { one: "{count} source", many: "{count} de sources", other: "{count} sources" },
  "sources.figures": { one: "{count} chiffre", many: "{count} de chiffres", other: "{count} chiffres" },
  "sources.listedWhere.events": "chaque événement donne ses sources sur la chronologie et dans events.csv",
  "sources.listedWhere.statements":
    "chaque déclaration donne ses sources sur la page des déclarations et dans statements.csv",
  "sources.listedWhere.claims":
    "chaque affirmation donne ses sources sur la page des déclarations et dans claims.csv",
  "sources.listedWhere.figures": "chaque chiffre donne ses sources dans figures.csv",
  "sources.firstShown": "Les {shown} premiers sur {total} ; {left} autres ne sont pas listés ici ({where}).",
  "sources.notCited": "Citée nulle part",
  "sources.notCitedBy":
    "{notCited} : ni par un événement, ni par une déclaration, une affirmation, un chiffre, un moment clé ou une correction.",
  "sources.citedBy": {
    one: "Citée par {count} ligne",
    many: "Citée par {count} de lignes",
    other: "Citée par {count} lignes",
  },
  "sources.citedByShort": {
    one: "citée par {count} ligne",
    many: "citée par {count} de lignes",
    other: "citée par {count} lignes",
  },
  "sources.uncitedShort": "citée nulle part",
  "sources.noDate": "aucune date enregistrée",
  "sources.link": "Lien : {link}",
  "sources.noLink": "Aucun lien enregistré.",
  "sources.allCited":
    "Chaque source est citée par au moins un événement, une déclaration, une affirmation, un chiffre, un moment clé ou une correction.",
  "sources.uncited": {
    one: "{count} source n’est citée par rien dans les pièces (data:check la signale) :",
    many: "{count} de sources ne sont citées par rien dans les pièces (data:check les signale) :",
    other: "{count} sources ne sont citées par rien dans les pièces (data:check les signale) :",
  },
  "sources.empty": "Les pièces ne contiennent encore aucune source.",
  "sources.undated": "sans date",
  "sources.order": "Par média, puis par date de publication.",
  "sources.splitIntro":
    "Par média, puis par date de publication. Avec {sources}, les fiches complètes (titre, date, type, notes, lien et ce qui cite chacune) sont réparties sur {pages} d’au plus {size} :",
  "sources.indexIntro": "Chaque ligne ci-dessous mène à la fiche complète de la source.",
  "sources.from": "De {from}",
  "sources.fromTo": "De {from} à {to}",
  "sources.pageTitle": "Sources {first} à {last} sur {total}",
  "sources.pageIntro":
    "Page {page} sur {pages} des sources, par média, puis par date de publication. Sous chaque source, les événements, déclarations, affirmations et chiffres qui la citent. Toutes les sources : {link}.",
  "sources.keyMoments": {
    one: "{count} moment clé",
    many: "{count} de moments clés",
    other: "{count} moments clés",
  },
  "sources.corrections": {
    one: "{count} correction",
    many: "{count} de corrections",
    other: "{count} corrections",
  },
  "sources.listedWhere.annotations": "chaque moment clé donne ses sources dans annotations.csv",
  "sources.listedWhere.corrections": "chaque correction donne ses sources dans corrections.csv",
};
