// A large timeline's view (the packed JSON the live view reads) as a file of its own beside the
// site, named by its content hash: the page loses ~70% of its bytes and of its parse, and the
// live view fetches the file from the site when the reader starts it (components/timeline.ts).
// The block marks the views to move with `data-file` (loaders/site/blocks/timeline.ts); the
// `npm run dev` preview, which skips this step, keeps them in the page, which the browser reads alike.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where the views live, beside the site: `_` folders are cached as immutable (content-hashed names). */
export const timelineViewFolder = "_timeline";

const marked =
  /<script type="application\/json" class="tl-data"([^>]*) data-file(?:="")?>([\s\S]*?)<\/script>/g;

/**
 * Moves each marked view out of `html` into `<outDir>/_timeline/view-<hash>.json` and names it in
 * the script's data-src, relative to the page (`root`: "./", "../"…). The JSON is written as
 * the page held it (valid JSON with `<`, `$` and the like as \u escapes).
 */
export function moveTimelineViews(html: string, outDir: string, root: string): string {
  return html.replace(marked, (_, attributes: string, json: string) => {
    const name = `view-${createHash("sha256").update(json).digest("hex").slice(0, 16)}.json`;
    mkdirSync(join(outDir, timelineViewFolder), { recursive: true });
    writeFileSync(join(outDir, timelineViewFolder, name), json);
    return `<script type="application/json" class="tl-data"${attributes} data-src="${root}${timelineViewFolder}/${name}"></script>`;
  });
}
