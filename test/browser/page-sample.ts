// Which pages of a built site a walk opens in Chromium, and what it checks in the files of the
// pages it leaves closed. A family is the pages the build generates from the data whose paths
// differ only by a number (/timeline/2018, /sources/3, /statements/topics-2): the same template,
// filled with other rows. Opening all of a 10,000-event site's families costs minutes of CI.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { headersFor, parseHeadersFile } from "../../scripts/lib/headers-file.ts";

/** The built file of a page path. */
export function htmlFile(siteDir: string, path: string): string {
  return join(
    siteDir,
    path === "/" ? "index.html" : path.endsWith("/") ? `${path}index.html` : `${path}.html`,
  );
}

/** Families of more than 3 pages (paths with each number replaced by "#"), members in path order. */
export function pageFamilies(paths: readonly string[]): string[][] {
  const families = new Map<string, string[]>();
  for (const path of paths) {
    const family = path.replace(/\d+/g, "#");
    families.set(family, [...(families.get(family) ?? []), path]);
  }
  return [...families.values()].filter((members) => members.length > 3);
}

const numbersOf = (path: string) => (path.match(/\d+/g) ?? []).map(Number);
function byNumber(a: string, b: string): number {
  const [x, y] = [numbersOf(a), numbersOf(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

/** A family's smallest and largest built file: the same template at both extremes of its data. */
export function extremesBySize(siteDir: string, members: readonly string[]): string[] {
  const bySize = [...members].sort(
    (a, b) => statSync(htmlFile(siteDir, a)).size - statSync(htmlFile(siteDir, b)).size,
  );
  return [bySize[0] as string, bySize.at(-1) as string];
}

/**
 * The pages a sampling walk opens: every page outside a family; in a family, the smallest and
 * the largest file and the first and the last by number (the pages with no previous or no next
 * page, and the one that may hold a short remainder).
 */
export function sampledPages(siteDir: string, paths: readonly string[]): Set<string> {
  const chosen = new Set(paths);
  for (const members of pageFamilies(paths)) {
    const byNumbers = [...members].sort(byNumber);
    const kept = new Set([
      ...extremesBySize(siteDir, members),
      byNumbers[0] as string,
      byNumbers.at(-1) as string,
    ]);
    for (const path of members) if (!kept.has(path)) chosen.delete(path);
  }
  return chosen;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * What the built file of a page the walk does not open shows wrong, read without a browser:
 * not exactly one <h1>; no content security policy header in `_headers`, or one allowing unsafe
 * code, or a <meta> policy that differs from it; an inline script or style whose hash the policy
 * does not allow (the browser would block it); a script, stylesheet, image or frame from another
 * host, or a file of the site that is not there.
 */
export function unopenedPageProblems(siteDir: string, path: string): string[] {
  const html = readFileSync(htmlFile(siteDir, path), "utf8");
  const problems: string[] = [];
  const h1 = html.match(/<h1[\s>]/gi)?.length ?? 0;
  if (h1 !== 1) problems.push(`${h1} h1 elements in the built file`);
  const rules = parseHeadersFile(readFileSync(join(siteDir, "_headers"), "utf8"));
  const header = headersFor(rules, path)["content-security-policy"] ?? "";
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html)?.[1] ?? "";
  if (!header) problems.push("no content security policy header in _headers");
  if (/'unsafe-(inline|eval|hashes)'/.test(header)) problems.push(`the policy allows unsafe code: ${header}`);
  if (!meta || !header.startsWith(`${meta};`))
    problems.push(`its <meta> policy is not its header's: ${meta}`);
  const directive = (name: string) => header.split(";").find((d) => d.trim().startsWith(`${name} `)) ?? "";
  for (const [, attributes = "", text = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? "";
    const runs = /^(|module|text\/javascript)$/i.test(type) && !/\ssrc=/i.test(attributes);
    if (runs && !directive("script-src").includes(sha256(text)))
      problems.push(`an inline script the policy blocks: ${text.trim().slice(0, 60)}`);
  }
  for (const [, text = ""] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi))
    if (!directive("style-src").includes(sha256(text)))
      problems.push(`an inline style the policy blocks: ${text.trim().slice(0, 60)}`);
  for (const [tag = ""] of html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*>/gi)) {
    const url = /\s(?:src|href)="([^"]*)"/i.exec(tag)?.[1];
    // Of <link>s only these load something (a canonical or alternate address is not a request).
    if (/^<link/i.test(tag) && !/\srel="(stylesheet|preload|modulepreload|icon)"/i.test(tag)) continue;
    if (url === undefined || url.startsWith("data:")) continue;
    const resolved = new URL(url, `http://site.invalid${path}`);
    if (resolved.host !== "site.invalid") problems.push(`loads ${url} from another host`);
    else if (!existsInSite(siteDir, resolved.pathname))
      problems.push(`loads ${url}, which the site does not have`);
  }
  return problems.map((problem) => `${path}: ${problem} (not opened: sampled family)`);
}

function existsInSite(siteDir: string, pathname: string): boolean {
  const file = join(siteDir, decodeURIComponent(pathname));
  return existsSync(file) && statSync(file).isFile();
}
