// La page des ordres de grandeur : graphiques, chiffre clé et ce qui ne concorde pas.
import type { CatalogueArea } from "../../catalogue.js";

export const scale: CatalogueArea<"scale"> = {
  "scale.total": "Total",
  "scale.totalStated": "Total (déclaré)",
  "scale.totalBar": "Total ({date}) : {amount}",
  "scale.totalBarKind": "Total, {kind} ({date}) : {amount}",
  "scale.restOfWorld": "Reste du monde, calculé",
  "scale.rest": "Reste, calculé",
  "scale.moreListed": "{count} autres par {scope}, additionnés",
  "scale.percent": "Pourcentage",
  "scale.column.share": "Part du total",
  "scale.column.asOf": "À la date du",
  "scale.column.estimate": "Estimation",
  "scale.column.notes": "Notes",
  "scale.column.what": "Quoi",
  "scale.column.squares": "Carrés",
  "scale.column.figure": "Chiffre",
  "scale.column.who": "Qui",
  "scale.column.amount": "Montant",
  "scale.column.unit": "Unité",
  "scale.breakdown.title": "{subject}, par {scope}",
  "scale.breakdown.emptyTitle": "Les parties d’un total",
  "scale.breakdown.empty":
    "Les pièces ne contiennent encore aucun chiffre ventilé en parties (une portée comme « country », avec un groupe par ligne).",
  "scale.breakdown.description": "Graphique en barres, {unit}. {bars}.",
  "scale.breakdown.onlyPart":
    "{group} : {amount}, seule partie par {scope} recensée ; les pièces ne donnent aucun total auquel la rapporter.",
  "scale.breakdown.largest":
    "{group} est la plus grande des {count} parties par {scope} recensées ({amount}) ; les pièces ne donnent aucun total auquel les rapporter.",
  "scale.breakdown.lead": "{group} : {amount} sur {total} ({share}).",
  "scale.breakdown.exceeds": {
    one: "{lead} La partie par {scope} recensée atteint {listed}, plus que le total déclaré : les chiffres ne concordent pas.",
    other:
      "{lead} Les {count} parties par {scope} recensées totalisent {listed}, plus que le total déclaré : les chiffres ne concordent pas.",
  },
  "scale.breakdown.remainder": {
    one: "{lead} La partie par {scope} recensée atteint {listed} ; les {remainder} restants ne sont pas ventilés.",
    other:
      "{lead} Les {count} parties par {scope} recensées totalisent {listed} ; les {remainder} restants ne sont pas ventilés.",
  },
  "scale.breakdown.complete": {
    one: "{lead} La partie par {scope} recensée atteint le total.",
    other: "{lead} Les {count} parties par {scope} recensées totalisent le total.",
  },
  "scale.cite": "{amount} ({date} ; {outlets})",
  "scale.citeKind": "{amount} ({kind}, {date} ; {outlets})",
  "scale.partsBelow": {
    one: "La partie par {scope} recensée pour « {subject} » atteint {listed}, soit {gap} de moins que le total déclaré de {total}. L’écart est calculé ici (total − parties recensées), il n’est donné par aucune source.",
    other:
      "Les {count} parties par {scope} recensées pour « {subject} » totalisent {listed}, soit {gap} de moins que le total déclaré de {total}. L’écart est calculé ici (total − parties recensées), il n’est donné par aucune source.",
  },
  "scale.partsAbove": {
    one: "La partie par {scope} recensée pour « {subject} » atteint {listed}, soit {gap} de plus que le total déclaré de {total}. Les parties et le total ne peuvent être justes à la fois : aucun reste n’est affiché.",
    other:
      "Les {count} parties par {scope} recensées pour « {subject} » totalisent {listed}, soit {gap} de plus que le total déclaré de {total}. Les parties et le total ne peuvent être justes à la fois : aucun reste n’est affiché.",
  },
  "scale.disagree":
    "Les sources divergent sur « {what} » au {date} : {figures}. Les deux chiffres sont montrés ; aucune moyenne ne les efface.",
  "scale.against": "{first} ; contre {second}",
  "scale.mixedUnits":
    "« {subject} » est exprimé en {units} : ces valeurs ne sont jamais additionnées ni placées sur une même échelle.",
  "scale.estimates.title": "{subject} : toutes les estimations, par date",
  "scale.estimates.emptyTitle": "L’évolution de l’estimation",
  "scale.estimates.empty":
    "Aucun sujet des pièces n’a plus d’un total déclaré : il n’y a donc pas d’évolution à montrer.",
  "scale.estimates.description":
    "Graphique en barres, {unit}, de la plus ancienne à la plus récente. {bars}.",
  "scale.estimates.cite": "{amount} ({date}, {outlet})",
  "scale.estimates.first": "Le chiffre {figure} ({kind}) est venu en premier",
  "scale.estimates.firstStated": "Le chiffre {figure} est venu en premier",
  "scale.estimates.fromTo": "De {first} à {last}",
  "scale.estimates.fromToOfficial": "De {first} au chiffre officiel de {last}",
  "scale.estimates.sameDate": "{lead} ; le même jour, {others}.",
  "scale.estimates.gave": "{outlet} donnait {amount}",
  "scale.estimates.end": "{lead}.",
  "scale.waffle.emptyTitle": "Un chiffre plus petit face au chiffre clé",
  "scale.waffle.empty":
    "Il faut deux totaux dans la même unité (portée « total », par exemple des personnes) pour les mettre face à face ; les pièces n’en ont pas.",
  "scale.waffle.title": "{small} face à {big} : un carré vaut {square}",
  "scale.waffle.takeaway": "{big}, c’est {ratio} plus que {small}.",
  "scale.waffle.description": "Graphique en unités ; un carré vaut {square}. {small}. {big}. {takeaway}",
  "scale.waffle.ratio": "environ {ratio} fois",
  "scale.waffle.squares": { one: "{count} carré", other: "{count} carrés" },
  "scale.other.headline": "{subject} (le chiffre clé)",
  "scale.other.inUnit": "en {unit}",
  "scale.other.rangeOne": "En {unit} : {amount} ({name})",
  "scale.other.range": "En {unit} : de {low} ({lowName}) à {high} ({highName})",
  "scale.other.apart":
    "Chaque unité a sa propre échelle ; {units} ne sont jamais additionnés ni comparés sur un même axe.",
  "scale.other.description":
    "Graphiques en barres, un par sujet et par unité ; les barres d’une même unité partagent une échelle. {panels}.",
  "scale.counts.title": "Pour comparer : d’autres chiffres des pièces, chacun dans son unité et à sa date",
  "scale.counts.emptyTitle": "Pour comparer : d’autres chiffres",
  "scale.counts.empty":
    "Les pièces ne contiennent aucun chiffre sur des organisations nommées (portée « entity ») à mettre en regard du chiffre clé.",
  "scale.money.title": "Pour comparer : les sommes d’argent des pièces, chaque devise à part",
  "scale.money.emptyTitle": "Pour comparer : les sommes d’argent",
  "scale.money.empty":
    "Les pièces ne contiennent aucune somme d’argent sur des organisations nommées (portée « entity »), comme des amendes.",
  "scale.headline": "Le chiffre clé des pièces est {amount} — « {subject} » ({details}).",
  "scale.headlineNote": "{sentence} Sa note dans les pièces : « {note} »",
  "scale.noTotals": "Les pièces ne donnent encore aucun total déclaré : rien à mettre en perspective.",
  "scale.noFigures": "Les pièces ne contiennent encore aucun chiffre.",
  "scale.reconciled":
    "Les chiffres concordent : aucune partie qui manque son total, aucune source en désaccord, aucun sujet exprimé dans deux unités.",
  "scale.missingFigures":
    "Les pièces n’ont aucun chiffre pour {names} : aucun nombre n’a pu être rattaché à une source et à une date, ils sont donc laissés de côté plutôt que devinés.",
  "claims.chart.title": "Qui affirme, dément ou nuance quoi",
  "claims.chart.empty": "Les pièces ne contiennent encore aucune affirmation.",
  "claims.chart.conflicts": "Positions contradictoires : {list}.",
  "claims.partyOn": "{party} sur « {topic} »",
  "claims.chart.noConflicts": "Aucune partie ne prend plus d’une position sur un même sujet.",
  "claims.chart.description":
    "Matrice de points de {topics} sujets par {parties} parties : {counts} ; toutes les autres cellules sont muettes. {takeaway}",
  "claims.chart.count": "{stance} : {count}",
  "claims.chart.caption": "Position de chaque partie sur chaque sujet (cellules muettes omises)",
  "claims.chart.conflicting": "{stance} ({stances})",
  "claims.column.topic": "Sujet",
  "claims.column.party": "Partie",
  "claims.column.stance": "Position",
  "claims.column.claims": "Affirmations",
};
