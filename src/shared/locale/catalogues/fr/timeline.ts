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
  "timeline.faded.about": "dates approximatives ; la note de date de l’élément dit d’où elles viennent",
  "timeline.line": "ligne",
  "timeline.line.about": "relie un événement aux autres acteurs concernés",
  "timeline.keyMoment": "Moment clé : {label}",
};
