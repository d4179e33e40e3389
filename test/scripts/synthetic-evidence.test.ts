import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticEvidence } from "../../bench/synthetic.ts";
import { readEvidence } from "../../loaders/evidence.ts";

// The bench and the 10,000-event browser test build from this generator: a column added to a
// schema must reach it here, in seconds, rather than as a failed build in the browser suite.
describe("writeSyntheticEvidence(dir, options)", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-synthetic-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a folder that passes the evidence checks, with the counts it reports", () => {
    const counts = writeSyntheticEvidence(dir, { events: 400 });
    const { evidence, problems } = readEvidence(dir);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(evidence.events).toHaveLength(counts.events);
    expect(evidence.statements).toHaveLength(counts.statements);
    expect(evidence.figures).toHaveLength(counts.figures);
  });
});
