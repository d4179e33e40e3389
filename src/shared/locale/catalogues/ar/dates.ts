// تواريخ غير مؤكدة (EDTF)؛ {date} هو التاريخ كما تكتبه اللغة المحلية.
import type { CatalogueArea } from "../../catalogue.js";

export const dates: CatalogueArea<"dates"> = {
  "date.about.day": "نحو {date}",
  "date.about.month": "نحو {date}",
  "date.about.year": "نحو {date}",
  "date.uncertain": "{date}؟",
  "date.before.day": "قبل {date}",
  "date.before.month": "قبل {date}",
  "date.before.year": "قبل {date}",
  "date.after.day": "بعد {date}",
  "date.after.month": "بعد {date}",
  "date.after.year": "بعد {date}",
  "date.decade": "عقد {decade}",
};
