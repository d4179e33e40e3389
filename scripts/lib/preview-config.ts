// The preview's Framework config: the site's own (observablehq.config.ts), served from the
// mirror root (preview-root.ts) with loaders answered by the warm render process. dev.ts writes
// a one-line config file that calls this; touching that file makes Framework reload every open
// page (its config watcher) and read the config again.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { dataDir } from "../../loaders/data-dir.ts";
import { schemas } from "../../loaders/schema/index.ts";
import { folderStamp } from "./folder-stamp.ts";

const siteConfig = pathToFileURL(resolve("observablehq.config.ts")).href;
const client = resolve("scripts/lib/render-client.mjs");

/** The environment dev.ts gives Framework: where the mirror root and the render socket are. */
export interface PreviewEnv {
  DOSSIER_PREVIEW_ROOT: string;
  DOSSIER_RENDER_SOCKET: string;
}

/**
 * The site's config evaluates again only when a file other than the evidence tables changes
 * (site.json, pages/*.md may shape the site) or the repository's HEAD moves (a first commit adds
 * /changes); a table edit changes pages only, and re-reading 10,000 events in Framework's process
 * as well would slow every edit.
 */
export async function previewConfig(env: NodeJS.ProcessEnv = process.env): Promise<Record<string, unknown>> {
  const tables = new Set(schemas.map((schema) => schema.file));
  const stamp = createHash("sha256")
    .update(folderStamp(dataDir(env), (file) => tables.has(file)))
    .digest("hex")
    .slice(0, 16);
  const site = (await import(`${siteConfig}?${stamp}`)) as {
    default: Record<string, unknown>;
  };
  return {
    ...site.default,
    root: env.DOSSIER_PREVIEW_ROOT,
    interpreters: { ...(site.default.interpreters as object), ".ts": [process.execPath, client] },
  };
}

/** Writes the config file Framework is started with (`--config`). */
export function writePreviewConfigFile(path: string): void {
  const module = pathToFileURL(resolve("scripts/lib/preview-config.ts")).href;
  writeFileSync(
    path,
    `import { previewConfig } from ${JSON.stringify(module)};\nexport default await previewConfig();\n`,
  );
}
