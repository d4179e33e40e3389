// What a block renderer is given and returns. Names and options are in catalogue.ts.
import { escapeHtml } from "../../../src/shared/html.ts";
import type { EvidenceHistory } from "../../history/history.ts";
import type { Evidence } from "../../model.ts";
import type { PageLinks } from "../../render/evidence-html.ts";
import type { SitePlan } from "../plan.ts";
import type { PageSettings, SiteSettings } from "../settings.ts";

export interface OptionSpec {
  description: string;
  /** The values it accepts; any text when absent. */
  values?: readonly string[];
  required?: boolean;
}

export interface BlockOutput {
  html: string;
  /** Stylesheets under src/ the block needs, e.g. "timeline.css". */
  stylesheets?: readonly string[];
  /** JavaScript module bodies run on the page once each (identical bodies run once). */
  script?: string | readonly string[];
  /** Consecutive blocks of one group share a wrapper, e.g. key figures side by side. */
  group?: { key: string; open: string; close: string };
}

export interface BlockContext {
  evidence: Evidence;
  settings: SiteSettings;
  plan: SitePlan;
  page: PageSettings;
  /** Links into the site's pages, routed to numbered pages where lists are split. */
  to: PageLinks;
  /** "./" on a top-level page, "../" on a page one folder down: for stylesheets and scripts. */
  root: string;
  compiledAt: Date;
  /** The evidence's history from git, read when a block asks; undefined outside a repository. */
  history?: () => EvidenceHistory | undefined;
}

export type BlockOptions = Readonly<Record<string, string | undefined>>;

/** Renders a block from the evidence; its options are checked against the catalogue first. */
export type BlockRenderer = (
  context: BlockContext,
  options: BlockOptions,
) => BlockOutput | Promise<BlockOutput>;

/** An empty state: a sentence in the page's muted style. */
export function emptyHtml(sentence: string): string {
  return `<p class="empty">${escapeHtml(sentence)}</p>`;
}
