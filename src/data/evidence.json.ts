// The whole validated evidence as JSON: the front page's "download all the evidence" link.
// Fails the build with every problem when the evidence is invalid.
import { compileEvidence } from "../../loaders/compile/evidence-json.ts";
import { currentEvidence, runAsLoader } from "../../loaders/render/loader-entry.ts";

export default function render(): string {
  return JSON.stringify(compileEvidence(currentEvidence()));
}

await runAsLoader(import.meta.url, render);
