// Blocks of what the parties said: the claims matrix, reported vs said, the word-by-word
// comparison and every statement. Past splitLimits the lists move to numbered pages under the
// page that holds them (loaders/render/evidence-pages.ts).

import { escapeHtml } from "../../../src/shared/html.ts";
import { compileClaimsMatrix } from "../../compile/claims-matrix.ts";
import { compileStatements } from "../../compile/statements.ts";
import { citations, citationsScript } from "../../render/citations.ts";
import { claimsSplit, statementsSplit } from "../../render/evidence-pages.ts";
import {
  claimsPartsNavHtml,
  compareHtml,
  conflictsHtml,
  legendHtml,
  matrixHtml,
  reportedVsSaidHtml,
  statementGroupsHtml,
  statementsIndexHtml,
  statementsPartsNavHtml,
} from "../../render/statements-html.ts";
import { t } from "../locale.ts";
import type { BlockContext, BlockOutput, BlockRenderer } from "./block.ts";

const stylesheets = ["evidence.css", "statements.css"];

/** The page's script: matrix dialogs, the comparison, and (when split) statements fetched on first use. */
function statementsScript(context: BlockContext): string {
  const host = context.to.page("statements");
  const split = host !== undefined && statementsSplit(context.evidence, host).split;
  const enhance = split
    ? `enhanceStatementsPage(document.querySelector("#observablehq-main"), () => FileAttachment("${context.root}data/statements.json").json())`
    : `enhanceStatementsPage(document.querySelector("#observablehq-main"))`;
  return `import {enhanceStatementsPage} from "${context.root}components/statements.js";\nconst statementsPage = ${enhance};`;
}

function output(context: BlockContext, html: string): BlockOutput {
  return { html, stylesheets, script: [statementsScript(context), citationsScript(context.root)] };
}

export const statementsBlocks = {
  "claims-matrix": ((context) => {
    const matrix = compileClaimsMatrix(context.evidence);
    return output(context, `${legendHtml()}${matrixHtml(matrix)}${conflictsHtml(matrix)}`);
  }) as BlockRenderer,
  "reported-vs-said": ((context) => {
    const { evidence, page, to } = context;
    const matrix = compileClaimsMatrix(evidence);
    const split = claimsSplit(evidence, page.path);
    const refs = citations(to, "claims");
    if (!split.split)
      return output(
        context,
        `<p>${escapeHtml(t("claims.intro"))}</p>${reportedVsSaidHtml(matrix, to, refs)}${refs.listHtml()}`,
      );
    const intro = t("claims.splitIntro", {
      claims: t("claims.count", { count: evidence.claims.length }),
      pages: t("pages.count", { count: split.paths.length }),
    });
    return output(
      context,
      `<p>${escapeHtml(intro)}</p>${claimsPartsNavHtml(matrix, split)}${reportedVsSaidHtml(matrix, to, refs, { claimsPage: (topic) => split.pathOf.get(topic) })}`,
    );
  }) as BlockRenderer,
  compare: ((context) => {
    const host = context.to.page("statements");
    const split = host !== undefined && statementsSplit(context.evidence, host).split;
    const intro = `<p>${escapeHtml(t("compare.intro"))}</p>`;
    return output(
      context,
      `${intro}${compareHtml(compileStatements(context.evidence), context.to, { split })}`,
    );
  }) as BlockRenderer,
  statements: ((context) => {
    const { evidence, page, to } = context;
    const digest = compileStatements(evidence);
    const split = statementsSplit(evidence, page.path);
    const refs = citations(to, "statements");
    if (!split.split)
      return output(
        context,
        `<p>${escapeHtml(t("statements.intro"))}</p>${statementGroupsHtml(digest, to, refs)}${refs.listHtml()}`,
      );
    const intro = t("statements.splitIntro", {
      statements: t("timeline.statements", { count: digest.statements.length }),
      pages: t("pages.count", { count: split.paths.length }),
    });
    return output(
      context,
      `<p>${escapeHtml(intro)}</p>${statementsPartsNavHtml(digest, split)}<p>${escapeHtml(t("statements.indexIntro"))}</p>${statementsIndexHtml(digest, (id) => to.statement(id) ?? `#${id}`)}`,
    );
  }) as BlockRenderer,
} as const;
