// Page d’accueil, résumé de chaque page, galerie d’intégration et intertitres des textes neutres.
import type { CatalogueArea } from "../../catalogue.js";

export const overview: CatalogueArea<"overview"> = {
  "overview.keyFigures": "Chiffres clés",
  "overview.headlineSource": "{when}. Source : {source}.",
  "overview.actorsNamed": "{actors} nommés dans des événements de type « {kind} »",
  "overview.kindEvents": "Événements de type « {kind} »",
  "overview.kindEventsIn": {
    one: "{count} événement de type « {kind} » dans les pièces.",
    many: "{count} d’événements de type « {kind} » dans les pièces.",
    other: "{count} événements de type « {kind} » dans les pièces.",
  },
  "overview.onTimeline": "Sur la chronologie",
  "overview.actors": { one: "{count} acteur", many: "{count} d’acteurs", other: "{count} acteurs" },
  "overview.outlets": { one: "{count} média", many: "{count} de médias", other: "{count} médias" },
  "overview.evidence":
    "Les pièces rassemblent {sources} issues de {outlets}, ainsi que {counts}, conservés en fichiers CSV. Chaque ligne cite ses sources, et les chargeurs vérifient chaque ligne avant la construction du site. {download}.",
  "overview.download": "Télécharger toutes les pièces en JSON",
  "overview.citation": "{title}, données compilées le {date}, {url}",
  "summary.timeline":
    "{events} et {statements} sur un même axe du temps, une ligne par acteur, chacun avec ses sources.",
  "summary.scale": "{figures} tirés des pièces, mis en regard, avec ce qui ne concorde pas.",
  "summary.statements": "{statements}, citées telles que publiées, et {claims} comparées côte à côte.",
  "summary.comparison":
    "{actors} côte à côte : ce qui a été demandé à chacun, ce qu’il a dit et où il en est, chaque fait avec sa source.",
  "summary.sources": "{sources} issues de {outlets}, chacune avec tous les faits qui la citent.",
  "summary.embeds": "Chaque graphique avec son code d’intégration et ses téléchargements, pour les articles.",
  "embeds.intro":
    "Chaque graphique de ce site peut être intégré à un article dans n’importe quel CMS : copiez son code d’intégration et collez-le à l’endroit voulu. Le graphique occupe la largeur de la colonne et sa hauteur suit son contenu ; il ne charge rien depuis un autre serveur, et les lecteurs sans JavaScript voient l’image statique. Les CMS compatibles oEmbed peuvent intégrer un graphique à partir de sa seule URL.",
  "embeds.preview": "Aperçu de la page d’intégration",
  "embeds.downloads": "Téléchargements :",
  "embeds.code": "Code d’intégration",
  "embeds.copy": "Copier le code d’intégration",
  "embeds.empty": "Les pièces ne contiennent encore aucun graphique à intégrer.",
  "prose.atAGlance": "En bref",
  "prose.theEvidence": "Les pièces",
  "prose.howMade": "Comment ce site a été fait",
  "prose.statusMeaning": "Ce que signifie le statut d’un événement :",
  "prose.howToCite": "Comment citer ce site :",
  "prose.everyItem": "Tous les événements et déclarations",
  "prose.notAddingUp": "Ce qui ne concorde pas",
  "prose.claimsMatrix": "Matrice des affirmations",
  "prose.compare": "Comparer deux déclarations",
  "prose.everyStatement": "Toutes les déclarations",
  "prose.statusRead": "Comment lire le statut",
  "prose.notCited": "Sources non citées",
  "prose.everySource": "Toutes les sources",
};
