// Fechas inciertas (EDTF); {date} es la fecha tal como la escribe la configuración regional.
import type { CatalogueArea } from "../../catalogue.js";

export const dates: CatalogueArea<"dates"> = {
  "date.about.day": "hacia el {date}",
  "date.about.month": "hacia {date}",
  "date.about.year": "hacia {date}",
  "date.uncertain": "¿{date}?",
  "date.before.day": "antes del {date}",
  "date.before.month": "antes de {date}",
  "date.before.year": "antes de {date}",
  "date.after.day": "después del {date}",
  "date.after.month": "después de {date}",
  "date.after.year": "después de {date}",
  "date.decade": "la década de {decade}",
};
