// Every page site.json lists (but the front page): its prose with the kit's blocks.
import { type LoaderParams, runAsLoader } from "../loaders/render/loader-entry.ts";
import { currentInvestigation } from "../loaders/site/investigation.ts";
import { renderSitePage } from "../loaders/site/render-page.ts";

export default function render({ page = "" }: LoaderParams): Promise<string> {
  return renderSitePage(currentInvestigation(), `/${page}`);
}

await runAsLoader(import.meta.url, render);
