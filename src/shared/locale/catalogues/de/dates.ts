// Unsichere Daten (EDTF); {date} ist das Datum, wie das Gebietsschema es schreibt.
import type { CatalogueArea } from "../../catalogue.js";

export const dates: CatalogueArea<"dates"> = {
  "date.about.day": "um den {date}",
  "date.about.month": "etwa {date}",
  "date.about.year": "um {date}",
  "date.uncertain": "{date}?",
  "date.before.day": "vor dem {date}",
  "date.before.month": "vor {date}",
  "date.before.year": "vor {date}",
  "date.after.day": "nach dem {date}",
  "date.after.month": "nach {date}",
  "date.after.year": "nach {date}",
  "date.decade": "die {decade}er-Jahre",
};
