// The statements page (a Framework page loader: it prints Markdown at build time). Prose here;
// everything from the evidence is compiled in loaders/ and rendered, escaped, in loaders/render/.
import { compileClaimsMatrix } from "../loaders/compile/claims-matrix.ts";
import { compileStatements } from "../loaders/compile/statements.ts";
import { pageLinks } from "../loaders/render/evidence-html.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";
import { existingPages } from "../loaders/render/site-pages.ts";
import {
  compareHtml,
  conflictsHtml,
  legendHtml,
  matrixHtml,
  reportedVsSaidHtml,
  statementGroupsHtml,
} from "../loaders/render/statements-html.ts";

export default function render(): string {
  const evidence = currentEvidence();
  const statements = compileStatements(evidence);
  const matrix = compileClaimsMatrix(evidence);
  const to = pageLinks(existingPages());
  const plural = (n: number, one: string, many = `${one}s`) =>
    `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

  return `${frontMatter({ title: "Statements and claims" })}
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

For each topic, what was reported next to each party's answer.

${reportedVsSaidHtml(matrix, to)}

## Compare two statements

Two statements side by side, word by word. The address of this page keeps the pair you choose,
so you can share it.

${compareHtml(statements)}

## Every statement

Grouped by the event each statement answers, oldest first.

${statementGroupsHtml(statements, to)}

\`\`\`js
import {enhanceStatementsPage} from "./components/statements.js";
const statementsPage = enhanceStatementsPage(document.querySelector("#observablehq-main"));
\`\`\`
`;
}

await runAsLoader(import.meta.url, render);
