// كلمات العدّة بالعربية (المفاتيح والمتغيّرات نفسها كما في ../en/).
import type { Catalogue } from "../../catalogue.js";
import { changes } from "./changes.js";
import { charts } from "./charts.js";
import { comparison } from "./comparison.js";
import { dates } from "./dates.js";
import { downloads } from "./downloads.js";
import { evidence } from "./evidence.js";
import { live } from "./live.js";
import { overview } from "./overview.js";
import { pages } from "./pages.js";
import { scale } from "./scale.js";
import { sources } from "./sources.js";
import { statements } from "./statements.js";
import { timeline } from "./timeline.js";

export const ar: Catalogue = {
  ...pages,
  ...evidence,
  ...charts,
  ...timeline,
  ...dates,
  ...changes,
  ...live,
  ...scale,
  ...statements,
  ...sources,
  ...comparison,
  ...overview,
  ...downloads,
};
