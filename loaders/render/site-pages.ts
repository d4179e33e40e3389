// Which of the evidence pages this build has: a page exists once its Markdown file or page
// loader does (as in observablehq.config.ts), and only then may other pages link into it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { SitePage } from "./evidence-html.ts";

const evidencePages: readonly SitePage[] = ["timeline", "statements", "sources", "banks"];

export function existingPages(srcDir = "src"): Set<SitePage> {
  return new Set(
    evidencePages.filter(
      (page) => existsSync(join(srcDir, `${page}.md`)) || existsSync(join(srcDir, `${page}.md.ts`)),
    ),
  );
}
