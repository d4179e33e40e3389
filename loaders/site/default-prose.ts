// The prose a page gets when its investigation folder has no prose file for it: neutral words,
// every number from the evidence, the kit's blocks in a sensible order. A journalist replaces it
// by writing the page's file (npm run data:init writes these as a starting point). Its headings
// are in the site's language.
import type { Locale } from "../../src/shared/locale/locale.ts";
import type { PageLayout } from "./settings.ts";

/** The neutral prose of each layout, its headings in `locale`'s words. */
export function defaultProse({ t }: Pick<Locale, "t">): Record<PageLayout, string> {
  return {
    overview: `{{ dek }}

{{ compiled-at }}

{{ key-figures }}

## ${t("prose.atAGlance")}

{{ story }}

{{ timeline-preview }}

## ${t("prose.theEvidence")}

{{ page-list }}

## ${t("prose.howMade")}

{{ evidence-summary }}

${t("prose.statusMeaning")}

{{ status-legend }}

${t("prose.howToCite")}

{{ citation }}
`,
    timeline: `{{ summary of=timeline }}

{{ compiled-at }}

{{ timeline }}

## ${t("prose.everyItem")}

{{ timeline-list }}
`,
    scale: `{{ headline-figure }}

{{ summary of=scale }}

{{ compiled-at }}

{{ chart id=scale-breakdown }}

{{ chart id=scale-waffle }}

{{ chart id=scale-estimates }}

{{ chart id=scale-other-counts }}

{{ chart id=scale-money }}

## ${t("prose.notAddingUp")}

{{ discrepancies }}
`,
    statements: `{{ summary of=statements }}

{{ compiled-at }}

## ${t("prose.claimsMatrix")}

{{ claims-matrix }}

## ${t("claims.rvsHeading")}

{{ reported-vs-said }}

## ${t("prose.compare")}

{{ compare }}

## ${t("prose.everyStatement")}

{{ statements }}
`,
    comparison: `{{ summary of=comparison }}

{{ compiled-at }}

{{ comparison }}

## ${t("prose.statusRead")}

{{ comparison-key }}
`,
    sources: `{{ summary of=sources }}

{{ compiled-at }}

## ${t("prose.notCited")}

{{ uncited-sources }}

## ${t("prose.everySource")}

{{ sources }}
`,
    embeds: `{{ summary of=embeds }}

{{ compiled-at }}

{{ embed-gallery }}
`,
    corrections: `{{ compiled-at }}

{{ corrections }}
`,
    changes: `{{ compiled-at }}

{{ changes }}
`,
    blank: `{{ compiled-at }}
`,
  };
}
