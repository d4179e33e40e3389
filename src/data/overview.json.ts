// What the overview page draws in the browser (events per month), computed by loaders/.
import { compileOverview } from "../../loaders/compile/overview.ts";
import { dataDir } from "../../loaders/data-dir.ts";
import { loadEvidence } from "../../loaders/evidence.ts";

process.stdout.write(JSON.stringify(compileOverview(loadEvidence(dataDir()))));
