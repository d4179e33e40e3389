// One page of split statements or claims (observablehq.config.ts lists them): /statements/<n>
// quotes a run of statements in full, by date; /statements/topics-<n> shows "reported vs said" in
// full (every claim with its quote and sources) for a run of topics. Built only past splitLimits.
import { compileClaimsMatrix } from "../../loaders/compile/claims-matrix.ts";
import { compileStatements } from "../../loaders/compile/statements.ts";
import { pageLinks, text } from "../../loaders/render/evidence-html.ts";
import { claimsSplit, routedLinks, statementsSplit } from "../../loaders/render/evidence-pages.ts";
import { currentEvidence, type LoaderParams, runAsLoader } from "../../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../../loaders/render/page.ts";
import { existingPages } from "../../loaders/render/site-pages.ts";
import {
  claimsPartsNavHtml,
  legendHtml,
  reportedVsSaidHtml,
  statementsPartHtml,
  statementsPartsNavHtml,
} from "../../loaders/render/statements-html.ts";

const head = (title: string) => `${frontMatter({ title })}
<link rel="stylesheet" href="../evidence.css">
<link rel="stylesheet" href="../statements.css">`;

export default function render({ part = "" }: LoaderParams): string {
  const evidence = currentEvidence();
  const to = routedLinks(pageLinks(existingPages()), evidence);
  const n = (x: number) => x.toLocaleString("en-US");
  const path = `/statements/${part}`;

  const claims = claimsSplit(evidence);
  const claimsIndex = claims.paths.indexOf(path);
  if (claimsIndex >= 0) {
    const matrix = compileClaimsMatrix(evidence);
    const topics = new Set(claims.parts[claimsIndex]);
    const labels = matrix.topics.filter((t) => topics.has(t.id)).map((t) => t.label);
    const title = `Claims on ${labels.length > 2 ? `${labels[0]} to ${labels.at(-1)}` : labels.join(" and ")}`;
    return `${head(title)}

# ${text(title)}

Page ${n(claimsIndex + 1)} of ${n(claims.paths.length)} of the claims in the evidence: for each
topic, what was reported next to each party's answer, every claim with its quote and sources. The
matrix and the other topics are on [the statements page](/statements).

${compiledAtHtml()}

${claimsPartsNavHtml(matrix, claims, claimsIndex)}

## Reported vs said

For each topic, what was reported next to each party's answer.

${legendHtml()}

${reportedVsSaidHtml(matrix, to, { topics, statementHref: to.statement })}
`;
  }

  const statements = statementsSplit(evidence);
  const index = statements.paths.indexOf(path);
  const ids = statements.parts[index];
  if (!ids) throw new Error(`no page ${path}: the evidence is not split there`);
  const digest = compileStatements(evidence);
  const keep = new Set(ids);
  const first = statements.parts.slice(0, index).reduce((sum, p) => sum + p.length, 0) + 1;
  const title = `Statements ${n(first)}–${n(first + ids.length - 1)} of ${n(digest.statements.length)}`;
  return `${head(title)}

# ${title}

Page ${n(index + 1)} of ${n(statements.paths.length)} of the statements in the evidence, oldest
first, each quoted exactly as published, with the event it answers, its sources and notes. The
claims matrix and the comparison are on [the statements page](/statements).

${compiledAtHtml()}

${statementsPartsNavHtml(digest, statements, index)}

${statementsPartHtml(
  digest.statements.filter((s) => keep.has(s.id)),
  to,
)}
`;
}

await runAsLoader(import.meta.url, render);
