// npm run docs: regenerate the README's data contract from loaders/schema/.
import { readFileSync, writeFileSync } from "node:fs";
import { withContract } from "./lib/contract-doc.ts";

writeFileSync("README.md", withContract(readFileSync("README.md", "utf8")));
process.stdout.write("README.md: data contract regenerated from loaders/schema/\n");
