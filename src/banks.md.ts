// The banks page (a Framework page loader): one row per bank, from the evidence.
import { compileBanks } from "../loaders/compile/banks.ts";
import { banksTableHtml, statusKeyHtml, unattributedHtml } from "../loaders/render/banks-html.ts";
import { pageLinks } from "../loaders/render/evidence-html.ts";
import { routedLinks } from "../loaders/render/evidence-pages.ts";
import { currentEvidence, runAsLoader } from "../loaders/render/loader-entry.ts";
import { compiledAtHtml, frontMatter } from "../loaders/render/page.ts";
import { existingPages } from "../loaders/render/site-pages.ts";

export default function render(): string {
  const evidence = currentEvidence();
  const digest = compileBanks(evidence);
  const to = routedLinks(pageLinks(existingPages()), evidence);

  return `${frontMatter({ title: "Banks", description: "The banks side by side: which were reportedly contacted, according to which sources, what they were asked, what they said in public and how many customers they serve; every fact linked to its source." })}
<link rel="stylesheet" href="./evidence.css">
<link rel="stylesheet" href="./banks.css">

# The banks, side by side

Which banks were reportedly contacted, according to which sources, what they were reportedly asked,
what they said in public, and how many customers they serve. Every fact links to its source;
every event links to the timeline. Sort the table by a column with the buttons in its header.

${compiledAtHtml()}

${banksTableHtml(digest, to)}

${unattributedHtml(digest, to)}

## How the status is read

A bank's status comes only from rows of the evidence that name the bank, never from free text:

${statusKeyHtml()}

\`\`\`js
import {enhanceSortableTables} from "./components/sortable-table.js";
const sortableTables = enhanceSortableTables(document.querySelector("#observablehq-main"));
\`\`\`
`;
}

await runAsLoader(import.meta.url, render);
