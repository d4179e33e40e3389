// The timeline: its key, list and charts.
import type { CatalogueArea } from "../../catalogue.js";

export const timeline: CatalogueArea<"timeline"> = {
  "timeline.key": "المفتاح",
  "timeline.statement": "تصريح",
  "timeline.statement.about": "ما قاله طرف، منقولًا بحرفه",
  "timeline.bar": "شريط",
  "timeline.bar.about": "فترة، من تاريخ بدايتها إلى تاريخ نهايتها",
  "timeline.dashed": "إطار متقطّع",
  "timeline.dashed.about": "تاريخ لا يُعرف منه إلا الشهر أو السنة",
  "timeline.faded": "أطراف باهتة",
  "timeline.faded.about": "تواريخ تقريبية؛ تبيّن ملاحظة التاريخ في المدخل كيف عُرفت",
  "timeline.line": "خط",
  "timeline.line.about": "يصل حدثًا بالأطراف الأخرى المعنيّة به",
  "timeline.keyMoment": "لحظة رئيسية: {label}",
};
