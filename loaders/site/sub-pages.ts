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
import { topicsName } from "../render/statements/matrix-html.ts";
import {
  claimsPartsNavHtml,
  legendHtml,
  reportedVsSaidHtml,
  statementsPartHtml,
  statementsPartsNavHtml,
} from "../render/statements-html.ts";
import type { Investigation } from "./investigation.ts";
import { t, tHtml } from "./locale.ts";
import { pageDocument } from "./page-document.ts";
import type { LinkTarget } from "./plan.ts";
import { siteLinks } from "./render-page.ts";

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
  const intro = t("timeline.yearIntro", { items: countText(items), year });
  const more = items.length > openListLimit ? ` ${t("timeline.openMonth")}` : "";
  const context = listContext(investigation.evidence, siteLinks(investigation));
  return document(
    t("timeline.yearTitle", { year }),
    ["evidence.css", "timeline.css"],
    [
      `<nav class="tl-year-nav" aria-label="${escapeHtml(t("nav.years"))}">${nav}</nav>`,
      p(escapeHtml(`${intro}${more}`)),
      iconCss(),
      `<div class="tl-list">${yearListHtml(items, context)}</div>`,
      context.refs.listHtml(),
      `<nav class="tl-year-nav" aria-label="${escapeHtml(t("timeline.yearsAgain"))}">${nav}</nav>`,
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
  const title = t("claims.pageTitle", { topics: topicsName(labels) });
  const to = siteLinks(investigation);
  const refs = citations(to, "claims");
  return document(
    title,
    ["evidence.css", "statements.css"],
    [
      p(
        tHtml(
          "claims.pageIntro",
          { link: backLink(investigation, "claims") },
          { page: index + 1, pages: split.paths.length },
        ),
      ),
      claimsPartsNavHtml(matrix, split, index),
      `<h2>${escapeHtml(t("claims.rvsHeading"))}</h2>`,
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
  const title = t("statements.pageTitle", {
    first,
    last: first + ids.length - 1,
    total: digest.statements.length,
  });
  const to = siteLinks(investigation);
  const refs = citations(to, "statements");
  return document(
    title,
    ["evidence.css", "statements.css"],
    [
      p(
        tHtml(
          "statements.pageIntro",
          { link: backLink(investigation, "statements") },
          { page: index + 1, pages: split.paths.length },
        ),
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
  const range =
    from === until
      ? t("sources.from", { from: from ?? "" })
      : t("sources.fromTo", { from: from ?? "", to: until ?? "" });
  return document(
    t("sources.pageTitle", { first, last: first + ids.length - 1, total: digest.entries.length }),
    ["evidence.css", "sources.css"],
    [
      p(
        tHtml(
          "sources.pageIntro",
          { link: backLink(investigation, "sources") },
          { page: index + 1, pages: split.paths.length },
        ),
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
