// Blocks of the comparison: actors of one kind side by side (site.json "comparison").
import { compileComparison } from "../../compile/comparison.ts";
import { citations, citationsScript } from "../../render/citations.ts";
import { comparisonKeyHtml, comparisonTableHtml, unattributedHtml } from "../../render/comparison-html.ts";
import type { BlockRenderer } from "./block.ts";

const stylesheets = ["evidence.css", "comparison.css"];

export const comparisonBlocks = {
  comparison: ((context) => {
    const { comparison } = context.settings;
    const digest = compileComparison(context.evidence, comparison);
    const refs = citations(context.to, "comparison");
    return {
      html: `${comparisonTableHtml(digest, context.to, comparison, refs)}${unattributedHtml(digest, context.to, refs)}${refs.listHtml()}`,
      stylesheets,
      script: [
        `import {enhanceSortableTables} from "${context.root}components/sortable-table.js";\nconst sortableTables = enhanceSortableTables(document.querySelector("#observablehq-main"));`,
        citationsScript(context.root),
      ],
    };
  }) as BlockRenderer,
  "comparison-key": ((context) => ({
    html: `<p>A status comes only from rows of the evidence that name the actor, never from free text:</p>${comparisonKeyHtml(context.settings.comparison)}`,
    stylesheets,
  })) as BlockRenderer,
} as const;
