// The prose a page gets when its investigation folder has no prose file for it: neutral words,
// every number from the evidence, the kit's blocks in a sensible order. A journalist replaces it
// by writing the page's file (npm run data:init writes these as a starting point).
import type { PageLayout } from "./settings.ts";

export const defaultProse: Record<PageLayout, string> = {
  overview: `{{ dek }}

{{ compiled-at }}

{{ key-figures }}

## At a glance

{{ story }}

{{ timeline-preview }}

## The evidence

{{ page-list }}

## How this was made

{{ evidence-summary }}

What an event's status means:

{{ status-legend }}

How to cite this site:

{{ citation }}
`,
  timeline: `{{ summary of=timeline }}

{{ compiled-at }}

{{ timeline }}

## Every event and statement

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

## What does not add up

{{ discrepancies }}
`,
  statements: `{{ summary of=statements }}

{{ compiled-at }}

## Claims matrix

{{ claims-matrix }}

## Reported vs said

{{ reported-vs-said }}

## Compare two statements

{{ compare }}

## Every statement

{{ statements }}
`,
  comparison: `{{ summary of=comparison }}

{{ compiled-at }}

{{ comparison }}

## How the status is read

{{ comparison-key }}
`,
  sources: `{{ summary of=sources }}

{{ compiled-at }}

## Not cited

{{ uncited-sources }}

## Every source

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
