import { describe, expect, it } from "vitest";
import { compileStory } from "../../../loaders/compile/story.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import type { Annotation } from "../../../loaders/model.ts";

const evidence = loadEvidence("test/fixtures/evidence/minimal");
const annotation = (id: string, step: number | undefined, parts: Partial<Annotation> = {}): Annotation => ({
  id,
  label: id,
  sources: ["example-report"],
  extra: {},
  ...(step === undefined ? {} : { step }),
  ...parts,
});

describe("compileStory(evidence)", () => {
  it("tells the annotations with a step in step order, leaving the others out", () => {
    const annotations = [
      annotation("third", 3, { target: "example-data-request" }),
      annotation("none", undefined, { target: "example-data-request" }),
      annotation("first", 1, { target: "example-denial" }),
    ];
    expect(compileStory({ ...evidence, annotations }).map((s) => [s.step, s.annotation.id])).toEqual([
      [1, "first"],
      [3, "third"],
    ]);
  });

  it("dates a step by its item, a span by its own dates, a figure by its as-of date", () => {
    const annotations = [
      annotation("on-event", 1, { target: "example-data-request" }),
      annotation("on-statement", 2, { target: "example-denial" }),
      annotation("span", 3, {
        date: { iso: "2018-08", precision: "month" },
        endDate: { iso: "2018-09", precision: "month" },
      }),
      annotation("on-figure", 4, { target: "example-users" }),
    ];
    const steps = compileStory({ ...evidence, annotations });
    expect(steps.map((s) => s.item?.id)).toEqual([
      "example-data-request",
      "statement--example-denial",
      undefined,
      undefined,
    ]);
    expect(steps[2]?.span).toEqual({ from: "2018-08-01", to: "2018-09-30" });
    expect(steps.map((s) => s.when).every((w) => w !== "")).toBe(true);
  });

  it("tells the shipped story in at least eight steps", () => {
    expect(compileStory(loadEvidence("data")).length).toBeGreaterThanOrEqual(8);
  });
});
