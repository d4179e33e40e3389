// Dates incertaines (EDTF) ; {date} est la date telle que la locale l’écrit.
import type { CatalogueArea } from "../../catalogue.js";

export const dates: CatalogueArea<"dates"> = {
  "date.about.day": "vers le {date}",
  "date.about.month": "vers {date}",
  "date.about.year": "vers {date}",
  "date.uncertain": "{date} ?",
  "date.before.day": "avant le {date}",
  "date.before.month": "avant {date}",
  "date.before.year": "avant {date}",
  "date.after.day": "après le {date}",
  "date.after.month": "après {date}",
  "date.after.year": "après {date}",
  "date.decade": "les années {decade}",
};
