// The kit's words in English: the reference catalogue, one file per area of the kit. Every other
// language has the same files with exactly these keys (the type checker names a missing or extra
// one). See ../../catalogue.ts for what a message is and docs/locale.md for how to add one.
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

export const areas = {
  pages,
  evidence,
  charts,
  timeline,
  dates,
  changes,
  live,
  scale,
  statements,
  sources,
  comparison,
  overview,
  downloads,
} as const;

export const en = {
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
} as const;
