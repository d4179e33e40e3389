// The numbered pages of a split list, under the page that holds it: /<page>/<year> for the
// timeline list, /<page>/<n> for statements and sources, /<page>/topics-<n> for claims. Built
// only past the limits in loaders/render/evidence-pages.ts; complete without JavaScript.

import { escapeHtml } from "../../src/shared/html.ts";
import { iconCss } from "../charts/timeline/legend.ts";
import { countText, listContext } from "../charts/timeline/list.ts";
import { itemsByYear, yearListHtml, yearPagePath } from "../charts/timeline/pages.ts";
import { compileClaimsMatrix } from "../compile/claims-matrix.ts";
import { compileSources } from "../compile/sources.ts";
import { compileStatements } from "../compile/statements.ts";
import { compileTimeline } from "../compile/timeline.ts";
import { citations, citationsScript } from "../render/citations.ts";
import { claimsSplit, sourcesSplit, splitPagePaths, statementsSplit } from "../render/evidence-pages.ts";
import { openListLimit } from "../render/limits.ts";
import { compiledAtHtml } from "../render/page.ts";
import { sourcePagesNavHtml, sourcesListHtml } from "../render/sources-html.ts";
import {
  claimsPartsNavHtml,
  legendHtml,
  reportedVsSaidHtml,
  statementsPartHtml,
  statementsPartsNavHtml,
} from "../render/statements-html.ts";
import type { Investigation } from "./investigation.ts";
import { pageDocument } from "./page-document.ts";
import type { LinkTarget } from "./plan.ts";
import { siteLinks } from "./render-page.ts";

const n = (x: number) => x.toLocaleString("en-US");
const p = (html: string) => `<p>${html}</p>`;

/** Every numbered page the site needs (Framework's dynamicPaths). */
export function subPagePaths(investigation: Investigation): string[] {
  return splitPagePaths(investigation.evidence, siteLinks(investigation));
}

function document(
  title: string,
  stylesheets: string[],
  html: string[],
  compiledAt: Date,
  script?: string,
): string {
  const body = `<h1>${escapeHtml(title)}</h1>${compiledAtHtml(compiledAt)}${html.join("")}`;
  return pageDocument({
    title,
    root: "../",
    parts: [{ html: body, stylesheets, ...(script ? { script } : {}) }],
  });
}

/** A link back to the page that holds the list, by its navigation name. */
function backLink(investigation: Investigation, target: LinkTarget): string {
  const path = investigation.plan.hosts[target] ?? "/";
  const page = investigation.settings.pages.find((x) => x.path === path);
  return `<a href="${escapeHtml(path)}">${escapeHtml(page?.nav ?? path)}</a>`;
}

function yearPage(
  investigation: Investigation,
  base: string,
  year: string,
  compiledAt: Date,
): string | undefined {
  const years = itemsByYear(compileTimeline(investigation.evidence).items);
  const items = years.get(year);
  if (!items) return undefined;
  const all = [...years.keys()];
  const at = all.indexOf(year);
  const link = (y: string | undefined, rel: string, label: string) =>
    y ? `<a href="${escapeHtml(yearPagePath(y, base))}" rel="${rel}">${escapeHtml(label)}</a>` : "";
  const nav = [
    link(all[at - 1], "prev", `← ${all[at - 1]}`),
    `${backLink(investigation, "timeline")}`,
    link(all[at + 1], "next", `${all[at + 1]} →`),
  ]
    .filter(Boolean)
    .join(" · ");
  const more = items.length > openListLimit ? " Open a month to see its entries." : "";
  const context = listContext(investigation.evidence, siteLinks(investigation));
  return document(
    `${year} on the timeline`,
    ["evidence.css", "timeline.css"],
    [
      `<nav class="tl-year-nav" aria-label="Years">${nav}</nav>`,
      p(
        escapeHtml(
          `The ${countText(items)} that began in ${year}, in time order, each with its date, how sure the evidence is, and its sources.${more}`,
        ),
      ),
      iconCss(),
      `<div class="tl-list">${yearListHtml(items, context)}</div>`,
      context.refs.listHtml(),
      `<nav class="tl-year-nav" aria-label="Years, again">${nav}</nav>`,
    ],
    compiledAt,
    citationsScript("../"),
  );
}

function claimsPage(
  investigation: Investigation,
  base: string,
  path: string,
  compiledAt: Date,
): string | undefined {
  const split = claimsSplit(investigation.evidence, base);
  const index = split.paths.indexOf(path);
  if (index < 0) return undefined;
  const matrix = compileClaimsMatrix(investigation.evidence);
  const topics = new Set(split.parts[index]);
  const labels = matrix.topics.filter((t) => topics.has(t.id)).map((t) => t.label);
  const title = `Claims on ${labels.length > 2 ? `${labels[0]} to ${labels.at(-1)}` : labels.join(" and ")}`;
  const to = siteLinks(investigation);
  const refs = citations(to, "claims");
  return document(
    title,
    ["evidence.css", "statements.css"],
    [
      p(
        `${escapeHtml(`Page ${n(index + 1)} of ${n(split.paths.length)} of the claims in the evidence: for each topic, what was reported next to each party's answer, every claim with its quote and sources. The matrix and the other topics are on`)} ${backLink(investigation, "claims")}.`,
      ),
      claimsPartsNavHtml(matrix, split, index),
      "<h2>Reported vs said</h2>",
      legendHtml(),
      reportedVsSaidHtml(matrix, to, refs, { topics, statementHref: to.statement }),
      refs.listHtml(),
    ],
    compiledAt,
    citationsScript("../"),
  );
}

function statementsPage(
  investigation: Investigation,
  base: string,
  path: string,
  compiledAt: Date,
): string | undefined {
  const split = statementsSplit(investigation.evidence, base);
  const index = split.paths.indexOf(path);
  const ids = split.parts[index];
  if (!ids) return undefined;
  const digest = compileStatements(investigation.evidence);
  const keep = new Set(ids);
  const first = split.parts.slice(0, index).reduce((sum, part) => sum + part.length, 0) + 1;
  const title = `Statements ${n(first)}–${n(first + ids.length - 1)} of ${n(digest.statements.length)}`;
  const to = siteLinks(investigation);
  const refs = citations(to, "statements");
  return document(
    title,
    ["evidence.css", "statements.css"],
    [
      p(
        `${escapeHtml(`Page ${n(index + 1)} of ${n(split.paths.length)} of the statements in the evidence, oldest first, each quoted exactly as published, with the event it answers, its sources and notes. The rest is on`)} ${backLink(investigation, "statements")}.`,
      ),
      statementsPartsNavHtml(digest, split, index),
      statementsPartHtml(
        digest.statements.filter((s) => keep.has(s.id)),
        to,
        refs,
      ),
      refs.listHtml(),
    ],
    compiledAt,
    citationsScript("../"),
  );
}

function sourcesPage(
  investigation: Investigation,
  base: string,
  path: string,
  compiledAt: Date,
): string | undefined {
  const split = sourcesSplit(investigation.evidence, base);
  const index = split.paths.indexOf(path);
  const ids = split.parts[index];
  if (!ids) return undefined;
  const digest = compileSources(investigation.evidence);
  const first = split.parts.slice(0, index).reduce((sum, part) => sum + part.length, 0) + 1;
  const outlets = new Map(digest.entries.map((e) => [e.source.id, e.source.outlet]));
  const [from, until] = [outlets.get(ids[0] ?? ""), outlets.get(ids.at(-1) ?? "")];
  const range = from === until ? `From ${from}` : `From ${from} to ${until}`;
  return document(
    `Sources ${n(first)}–${n(first + ids.length - 1)} of ${n(digest.entries.length)}`,
    ["evidence.css", "sources.css"],
    [
      p(
        `${escapeHtml(`Page ${n(index + 1)} of ${n(split.paths.length)} of the sources, by outlet, then date published. Under each source, the events, statements, claims and figures that cite it. All of them:`)} ${backLink(investigation, "sources")}.`,
      ),
      sourcePagesNavHtml(digest, split, index),
      `<h2>${escapeHtml(range)}</h2>`,
      sourcesListHtml(digest, siteLinks(investigation), investigation.evidence.figures, ids),
    ],
    compiledAt,
  );
}

/** The numbered page at `/<page>/<part>`. */
export function renderSubPage(
  investigation: Investigation,
  page: string,
  part: string,
  compiledAt = new Date(),
): string {
  const base = `/${page}`;
  const path = `${base}/${part}`;
  const { hosts } = investigation.plan;
  const html =
    (hosts.timeline === base ? yearPage(investigation, base, part, compiledAt) : undefined) ??
    (hosts.claims === base ? claimsPage(investigation, base, path, compiledAt) : undefined) ??
    (hosts.statements === base ? statementsPage(investigation, base, path, compiledAt) : undefined) ??
    (hosts.sources === base ? sourcesPage(investigation, base, path, compiledAt) : undefined);
  if (!html) throw new Error(`no page ${path}: no list of the evidence is split there`);
  return html;
}
