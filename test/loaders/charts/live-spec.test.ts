// The interactive view's spec: vega-lite compiled to vega at build time, tooltips on.
import * as vega from "vega";
import { expressionInterpreter } from "vega-interpreter";
import { describe, expect, it } from "vitest";
import { liveVegaSpec } from "../../../loaders/charts/live-spec.ts";
import { chartRegistry } from "../../../loaders/charts/registry.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";

function marksWithTooltip(spec: { marks?: unknown[] }): number {
  let count = 0;
  const visit = (marks: unknown[] | undefined) => {
    for (const mark of (marks ?? []) as {
      encode?: { update?: { tooltip?: unknown } };
      marks?: unknown[];
    }[]) {
      if (mark.encode?.update?.tooltip) count++;
      visit(mark.marks);
    }
  };
  visit(spec.marks);
  return count;
}

describe("liveVegaSpec", () => {
  it("compiles every vega-lite chart of the registry to a vega spec that vega parses, with tooltips", async () => {
    const evidence = loadEvidence("data");
    const withSpec = [];
    for (const definition of chartRegistry) {
      const chart = await definition.build(evidence);
      if (!chart.spec) continue;
      const live = liveVegaSpec(chart.spec) as { $schema?: string; marks?: unknown[]; background?: string };
      expect(live.$schema, chart.id).toMatch(/vega\/v\d/);
      expect(live.background, chart.id).toBe("transparent");
      expect(() => vega.parse(live as vega.Spec), chart.id).not.toThrow();
      expect(marksWithTooltip(live), chart.id).toBeGreaterThan(0);
      withSpec.push(chart.id);
    }
    expect(withSpec.length).toBeGreaterThan(0);
  });

  it("renders every live spec with vega's interpreter exactly as with generated code, never calling Function", async () => {
    const evidence = loadEvidence("data");
    const rendered: string[] = [];
    for (const definition of chartRegistry) {
      const chart = await definition.build(evidence);
      if (!chart.spec) continue;
      const live = liveVegaSpec(chart.spec) as vega.Spec;
      const compiled = await new vega.View(vega.parse(live), { renderer: "none" }).toSVG();
      // The content security policy forbids `new Function`: make any call to it fail here too.
      const realFunction = globalThis.Function;
      globalThis.Function = new Proxy(realFunction, {
        apply: () => {
          throw new Error("Function called");
        },
        construct: () => {
          throw new Error("new Function called");
        },
      });
      try {
        const runtime = vega.parse(live, undefined, { ast: true });
        const view = new vega.View(runtime, { expr: expressionInterpreter, renderer: "none" });
        expect(await view.toSVG(), chart.id).toBe(compiled);
      } finally {
        globalThis.Function = realFunction;
      }
      rendered.push(chart.id);
    }
    expect(rendered.length).toBeGreaterThan(0);
  });

  it("keeps a chart's own tooltip encoding and its other config", () => {
    const live = liveVegaSpec({
      data: { values: [{ a: 1 }] },
      mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" }, tooltip: [{ field: "a", title: "A value" }] },
      config: { axis: { labelFontSize: 13 } },
    }) as { marks: { encode: { update: { tooltip: { signal: string } } } }[]; config: unknown };
    expect(live.marks[0]?.encode.update.tooltip.signal).toContain("A value");
    expect(JSON.stringify(live.config)).toContain('"labelFontSize":13');
  });
});
