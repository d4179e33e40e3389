// The front page: the investigation folder's prose for "/" (or its layout's), with the kit's blocks.
import { runAsLoader } from "../loaders/render/loader-entry.ts";
import { currentInvestigation } from "../loaders/site/investigation.ts";
import { renderSitePage } from "../loaders/site/render-page.ts";

export default function render(): Promise<string> {
  return renderSitePage(currentInvestigation(), "/");
}

await runAsLoader(import.meta.url, render);
