// One investigation folder read whole: its evidence CSVs, its settings (site.json) and its prose
// (one Markdown file per page, or the kit's neutral prose for the page's layout), checked
// together, so data:check, the build and the preview report the same problems.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { localeFor } from "../../src/shared/locale/locale.ts";
import { gitHistory } from "../cli/git.ts";
import { headStamp } from "../cli/git-head.ts";
import { dataDir, displayPath } from "../data-dir.ts";
import { EvidenceError, readEvidence } from "../evidence.ts";
import type { EvidenceHistory } from "../history/history.ts";
import * as message from "../messages.ts";
import type { Evidence } from "../model.ts";
import { compareProblems, error, formatProblem, isError, type Problem } from "../problem.ts";
import { schemas } from "../schema/index.ts";
import { checkBlockCall } from "./blocks/check-call.ts";
import { changesPath, withChangesPage } from "./changes-page.ts";
import { correctionsPage, correctionsPath, unlistedCorrections } from "./corrections-page.ts";
import { defaultProse } from "./default-prose.ts";
import { renderMarkdown } from "./markdown.ts";
import { planSite, type SitePlan } from "./plan.ts";
import { type Prose, parseProse } from "./prose.ts";
import { readSettings } from "./read-settings.ts";
import { defaultProseFile, type PageSettings, type SiteSettings, settingsFile } from "./settings.ts";

export interface Investigation {
  dir: string;
  evidence: Evidence;
  settings: SiteSettings;
  /** Each page's prose, by page path. */
  prose: ReadonlyMap<string, Prose>;
  plan: SitePlan;
  /** The evidence's history from git, read on first use; undefined without one. */
  history: () => EvidenceHistory | undefined;
}

/** Whether the folder has a history (git), and the history itself, read only when asked for. */
export interface HistoryAccess {
  exists: boolean;
  read: () => EvidenceHistory | undefined;
}

const noHistory: HistoryAccess = { exists: false, read: () => undefined };

/** The page's prose file, or its layout's neutral prose when the folder has none. */
function pageProse(dir: string, page: PageSettings, locale: string, problems: Problem[]): Prose {
  const path = join(dir, page.prose);
  const [file, source] = existsSync(path)
    ? [`${displayPath(dir)}/${page.prose}`, readFileSync(path, "utf8")]
    : [
        `(the kit's ${page.layout} layout, used for ${page.path} without ${page.prose})`,
        defaultProse(localeFor(locale))[page.layout],
      ];
  const { prose, problems: found } = parseProse(file, source);
  problems.push(...found);
  const headings: number[] = [];
  for (const part of prose.parts) {
    if (part.kind === "block") problems.push(...checkBlockCall(part.call));
    else {
      const rendered = renderMarkdown(part.file, part.line, part.text, new Set());
      problems.push(...rendered.problems);
      headings.push(...rendered.h1Lines);
    }
  }
  for (const line of headings.slice(1))
    problems.push(
      error(
        prose.file,
        line,
        1,
        `is a second top-level heading (# …): a page has one, its title (line ${headings[0]}); use ## for sections`,
      ),
    );
  return prose;
}

/** Everything in `dir`, checked; never throws on bad input. With a history, the kit's /changes
 *  page joins the pages (unless site.json turns it off or a page already shows the history). */
export function readInvestigation(
  dir: string,
  history: HistoryAccess = noHistory,
): { investigation: Investigation; problems: Problem[] } {
  const { evidence, problems } = readEvidence(dir);
  const { settings: read, problems: settingProblems } = readSettings(dir);
  problems.push(...settingProblems);
  const prose = new Map(
    read.pages.map((page) => [page.path, pageProse(dir, page, read.locale, problems)] as const),
  );
  const added = correctionsPage(read, evidence, prose);
  const listed = added ? { ...read, pages: [...read.pages, added] } : read;
  const settings = withChangesPage(listed, history.exists, prose);
  for (const page of settings.pages)
    if (!prose.has(page.path)) prose.set(page.path, pageProse(dir, page, read.locale, problems));
  problems.push(...unlistedCorrections(settings, evidence, prose, `${displayPath(dir)}/corrections.csv`));
  const { plan, problems: planProblems } = planSite(settings.pages, (page) => prose.get(page.path) as Prose);
  problems.push(...planProblems);
  return {
    investigation: { dir, evidence, settings, prose, plan, history: history.read },
    problems: problems.sort(compareProblems),
  };
}

/** The investigation in `dir`, or an EvidenceError listing every error (warnings do not throw). */
export function loadInvestigation(dir: string, history?: HistoryAccess): Investigation {
  const { investigation, problems } = readInvestigation(dir, history);
  const errors = problems.filter(isError);
  if (errors.length)
    throw new EvidenceError(
      message.evidenceHasErrors(displayPath(dir), errors.length, errors.map(formatProblem)),
      errors,
    );
  return investigation;
}

/**
 * What changes when any input of the folder changes: the CSVs, site.json, every prose file, and
 * the commit its repository is at (the /changes page is the history up to that commit).
 */
function folderStamp(dir: string): string {
  const { settings } = readSettings(dir);
  const prose = [
    ...settings.pages.map((p) => p.prose),
    defaultProseFile(correctionsPath),
    defaultProseFile(changesPath),
  ];
  return [...schemas.map((s) => s.file), settingsFile, ...prose]
    .map((file) => {
      const info = statSync(join(dir, file), { throwIfNoEntry: false });
      return info ? `${file}:${info.mtimeMs}:${info.size}` : "-";
    })
    .concat(`git:${headStamp(dir)}`)
    .join("|");
}

const cache = new Map<string, { stamp: string; investigation: Investigation }>();

/** The investigation in `dir` (DATA_DIR), read once per process while its files stay unchanged. */
export function currentInvestigation(dir: string = dataDir()): Investigation {
  const stamp = folderStamp(dir);
  const held = cache.get(dir);
  if (held?.stamp === stamp) return held.investigation;
  const investigation = loadInvestigation(dir, gitHistory(dir));
  cache.set(dir, { stamp, investigation });
  return investigation;
}
