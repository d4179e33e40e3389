// The statements page (a Framework page loader: it prints Markdown at build time). Prose here;
// everything from the evidence is compiled in loaders/ and rendered, escaped, in loaders/render/.
// Past splitLimits, the statements and the claims move to numbered pages (statements/[part].md.ts)
// and this page keeps the matrix, a count per answer and an index of every statement.
import { compileClaimsMatrix } from "../loaders/compile/claims-matrix.ts";
import { compileStatements } from "../loaders/compile/statements.ts";
import { pageLinks } from "../loaders/render/evidence-html.ts";
import { claimsSplit, routedLinks, statementsSplit } from "../loaders/render/evidence-pages.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";
import { existingPages } from "../loaders/render/site-pages.ts";
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
} from "../loaders/render/statements-html.ts";

export default function render(): string {
  const evidence = currentEvidence();
  const statements = compileStatements(evidence);
  const matrix = compileClaimsMatrix(evidence);
  const to = routedLinks(pageLinks(existingPages()), evidence);
  const claimsPages = claimsSplit(evidence);
  const statementPages = statementsSplit(evidence);
  const n = (x: number) => x.toLocaleString("en-US");
  const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

  const said = claimsPages.split
    ? `For each topic, what was reported next to each party's answer. With ${plural(evidence.claims.length, "claim")},
each answer says how many claims it holds and links to them, with their quotes and sources, on
${plural(claimsPages.paths.length, "page")} by topic:

${claimsPartsNavHtml(matrix, claimsPages)}

${reportedVsSaidHtml(matrix, to, { claimsPage: (topic) => claimsPages.pathOf.get(topic) })}`
    : `For each topic, what was reported next to each party's answer.

${reportedVsSaidHtml(matrix, to)}`;

  const every = statementPages.split
    ? `By date, oldest first. With ${plural(statements.statements.length, "statement")}, each is quoted in
full, with the event it answers, its sources and notes, on ${plural(statementPages.paths.length, "page")}:

${statementsPartsNavHtml(statements, statementPages)}

Each line below links to its statement in full.

${statementsIndexHtml(statements, (id) => to.statement(id) ?? `#${id}`)}`
    : `Grouped by the event each statement answers, oldest first.

${statementGroupsHtml(statements, to)}`;

  const enhance = statementPages.split
    ? `enhanceStatementsPage(document.querySelector("#observablehq-main"), () => FileAttachment("./data/statements.json").json())`
    : `enhanceStatementsPage(document.querySelector("#observablehq-main"))`;

  return `${frontMatter({ title: "Statements and claims", description: "What each party said, quoted exactly and checked against the reporting: a claims matrix by topic and party, reported versus said, and a word-by-word comparison of two statements." })}
<link rel="stylesheet" href="./evidence.css">
<link rel="stylesheet" href="./statements.css">

# What each party said

What Facebook, the banks and the reporters said, checked against the sources: the evidence holds
${plural(statements.statements.length, "statement")}, quoted exactly as published, and
${plural(evidence.claims.length, "claim")} on ${plural(matrix.topics.length, "topic")} by
${plural(matrix.parties.length, "party", "parties")}.

${compiledAtHtml()}

## Claims matrix

Who asserts, denies or qualifies what. Each row is a topic, each column a party; parties whose
claims reach us only through reporting come first. Open a cell for the claims, the quotes and the
sources behind it.

${legendHtml()}

${matrixHtml(matrix)}

${conflictsHtml(matrix)}

## Reported vs said

${said}

## Compare two statements

Two statements side by side, word by word. The address of this page keeps the pair you choose,
so you can share it.

${compareHtml(statements, { split: statementPages.split })}

## Every statement

${every}

\`\`\`js
import {enhanceStatementsPage} from "./components/statements.js";
const statementsPage = ${enhance};
\`\`\`
`;
}

await runAsLoader(import.meta.url, render);
