// Every block's renderer, by name: the type makes a block of the catalogue without a renderer
// (or a renderer without its entry in the catalogue) a compile error.
import type { BlockRenderer } from "./block.ts";
import type { BlockName } from "./catalogue.ts";
import { changesBlocks } from "./changes.ts";
import { comparisonBlocks } from "./comparison.ts";
import { correctionsBlocks } from "./corrections.ts";
import { embedBlocks } from "./embeds.ts";
import { overviewBlocks } from "./overview.ts";
import { scaleBlocks } from "./scale.ts";
import { sourcesBlocks } from "./sources.ts";
import { statementsBlocks } from "./statements.ts";
import { storyBlocks } from "./story.ts";
import { timelineBlocks } from "./timeline.ts";

export const blockRenderers: Record<BlockName, BlockRenderer> = {
  ...overviewBlocks,
  ...timelineBlocks,
  ...storyBlocks,
  ...scaleBlocks,
  ...statementsBlocks,
  ...comparisonBlocks,
  ...sourcesBlocks,
  ...correctionsBlocks,
  ...embedBlocks,
  ...changesBlocks,
};
