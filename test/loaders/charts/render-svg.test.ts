import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../loaders/charts/render-svg.ts";

describe("renderSvg(spec)", () => {
  it("renders a vega-lite spec to a standalone SVG with its size", async () => {
    const { svg, width, height } = await renderSvg({
      width: 300,
      height: 100,
      data: {
        values: [
          { country: "A", users: 3 },
          { country: "B", users: 5 },
        ],
      },
      mark: "bar",
      encoding: { y: { field: "country", type: "nominal" }, x: { field: "users", type: "quantitative" } },
    });
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(
      (svg.match(/<path[^>]*aria-roledescription="bar"|role-mark[^"]*"[^>]*>/g) ?? []).length,
    ).toBeGreaterThan(0);
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(100);
  });
  it("refuses a spec vega-lite warns about instead of shipping a broken chart", async () => {
    await expect(
      renderSvg({
        data: { values: [{ a: 1 }] },
        mark: "bar",
        encoding: {
          x: { field: "a", type: "quantitative" },
          color: { field: "a", type: "quantitative", scale: { type: "band" } },
        },
      }),
    ).rejects.toThrow(/vega-lite warned/);
  });
});
