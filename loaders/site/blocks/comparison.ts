// Blocks of the comparison: actors of one kind side by side (site.json "comparison").

import { escapeHtml } from "../../../src/shared/html.ts";
import { compileComparison } from "../../compile/comparison.ts";
import { citations, citationsScript } from "../../render/citations.ts";
import { comparisonKeyHtml, comparisonTableHtml, unattributedHtml } from "../../render/comparison-html.ts";
import { t } from "../locale.ts";
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
    html: `<p>${escapeHtml(t("comparison.keyIntro"))}</p>${comparisonKeyHtml(context.settings.comparison)}`,
    stylesheets,
  })) as BlockRenderer,
} as const;
