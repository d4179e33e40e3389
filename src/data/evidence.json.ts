// The whole validated evidence as JSON, for pages that work in the browser (timeline filters,
// statement comparison). Fails the build with every problem when the evidence is invalid.
import { compileEvidence } from "../../loaders/compile/evidence-json.ts";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";

process.stdout.write(JSON.stringify(compileEvidence(loadEvidence(dataDir()))));
