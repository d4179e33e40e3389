// The checks every page of any built site must pass (no error, no outside request, one h1, no
// layout shift past its allowance, no axe violation, the strict content security policy sent
// and not violated), shared by the tests of whole sites built from different investigation
// folders.
import type { Browser, Page } from "playwright-core";
import { extremesBySize, pageFamilies, sampledPages, unopenedPageProblems } from "./page-sample.ts";
import { axeFor, builtPagePaths, openProbe } from "./site.ts";

/**
 * The pages axe-core checks. Every page, except in a family the build generates from the data
 * (pages whose paths differ only by a number, e.g. /timeline/2018, /sources/3, more than 3 of
 * them): there the largest and the smallest page, the same template at both extremes, so a
 * 10,000-event site stays within CI time. Every page, sampled or not, gets the other checks.
 */
export function pagesForAxe(siteDir: string, paths: readonly string[]): Set<string> {
  const chosen = new Set(paths);
  for (const members of pageFamilies(paths)) {
    const kept = new Set(extremesBySize(siteDir, members));
    for (const path of members) if (!kept.has(path)) chosen.delete(path);
  }
  return chosen;
}

export interface PageCheckOptions {
  /**
   * The pages with the interactive timeline (layout "timeline"): "/timeline" unless the
   * investigation's site.json puts it elsewhere.
   */
  timelinePages?: readonly string[];
  /**
   * Whether axe-core checks a page the sampling chose (default: every one). A test of two sites
   * built from the same evidence skips, on the second, pages that are the first's markup again.
   */
  axe?: (path: string) => boolean;
  /**
   * Whether to open only a sample of each family of numbered pages (sampledPages: smallest,
   * largest, first and last), reading the files of the others for what can be seen without a
   * browser (unopenedPageProblems). Off by default: every page is opened.
   */
  sampleFamilies?: boolean;
  /** More checks on each loaded page (after the others): a problem per string returned. */
  inspect?: (page: Page, path: string) => Promise<string[]>;
}

/**
 * Layout shift a page may have once loaded and enhanced: none, but on the timeline page, where
 * the interactive view (filters, overview, canvas) replaces the build-time chart and its height
 * differs, Lighthouse's "good" limit. With few lanes the content below the chart is in view
 * and moves (0.06 with the minimal evidence); the shipped evidence's page measures 0.
 */
function allowedLayoutShift(path: string, timelinePages: readonly string[]): number {
  return timelinePages.includes(path) ? 0.1 : 0;
}

/**
 * What is wrong with the content security policy header a page came with: missing, or
 * allowing inline code or eval. (Violations are the probe's errors: site.ts reports them.)
 */
function policyProblems(path: string, policy: string | undefined): string[] {
  if (!policy) return [`${path}: served without a content security policy header`];
  return /'unsafe-(inline|eval|hashes)'/.test(policy)
    ? [`${path}: the policy allows unsafe code: ${policy}`]
    : [];
}

/** Opens every built page of `siteDir` (served at `origin`) and returns what fails, per page. */
export async function checkEveryPage(
  browser: Browser,
  origin: string,
  siteDir: string,
  { timelinePages = ["/timeline"], axe = () => true, sampleFamilies = false, inspect }: PageCheckOptions = {},
): Promise<string[]> {
  const paths = builtPagePaths(siteDir);
  if (!paths.includes("/")) return [`no front page among the built pages: ${paths.join(", ")}`];
  const axePages = pagesForAxe(siteDir, paths);
  const opened = sampleFamilies ? sampledPages(siteDir, paths) : new Set(paths);
  const problems: string[] = [];
  for (const path of paths.filter((p) => !opened.has(p)))
    problems.push(...unopenedPageProblems(siteDir, path));
  for (const path of paths.filter((p) => opened.has(p))) {
    const probe = await openProbe(browser, origin);
    const response = await probe.page.goto(origin + path, { waitUntil: "networkidle" });
    problems.push(...policyProblems(path, response?.headers()["content-security-policy"]));
    const h1 = await probe.page.locator("h1").count();
    if (h1 !== 1) problems.push(`${path}: ${h1} h1 elements`);
    const shift = await probe.layoutShift();
    const shiftAllowed = allowedLayoutShift(path, timelinePages);
    if (shift > shiftAllowed)
      problems.push(
        `${path}: layout shift ${shift.toFixed(4)} once loaded and enhanced (allowed: ${shiftAllowed})`,
      );
    if (axePages.has(path) && axe(path)) {
      const { violations } = await axeFor(probe.page).analyze();
      for (const v of violations) problems.push(`${path}: axe ${v.id} (${v.nodes.length} nodes)`);
    }
    if (inspect) for (const problem of await inspect(probe.page, path)) problems.push(`${path}: ${problem}`);
    await probe.close();
    for (const error of probe.errors) problems.push(`${path}: ${error}`);
    for (const url of probe.outsideRequests) problems.push(`${path}: request to ${url}`);
  }
  return problems;
}
