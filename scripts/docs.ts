// npm run docs: regenerate the reference's generated sections: the data contract in docs/data.md
// (from loaders/schema/) and the table of blocks in docs/blocks.md (from the block catalogue).
import { readFileSync, writeFileSync } from "node:fs";
import { blocksSection } from "./lib/blocks-doc.ts";
import { contractSection } from "./lib/contract-doc.ts";
import { withSection } from "./lib/generated-section.ts";

for (const section of [contractSection, blocksSection]) {
  writeFileSync(section.file, withSection(readFileSync(section.file, "utf8"), section));
  process.stdout.write(`${section.file}: regenerated\n`);
}
