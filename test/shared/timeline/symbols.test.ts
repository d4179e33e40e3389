import { describe, expect, it } from "vitest";
import { itemSymbol, symbolPath } from "../../../src/shared/timeline/symbols.ts";

describe("itemSymbol(item) and symbolPath(symbol)", () => {
  it("gives every status its own shape, and statements another", () => {
    const shapes = ["reported", "confirmed", "denied", "disputed"].map((status) =>
      itemSymbol({ type: "event", status }),
    );
    shapes.push(itemSymbol({ type: "statement" }));
    expect(new Set(shapes).size).toBe(5);
  });
  it("draws each shape as a closed path around its centre", () => {
    for (const symbol of ["circle", "diamond", "triangle", "cross", "square"] as const) {
      expect(symbolPath(symbol, 50, 50, 10)).toMatch(/^M[\d.]+,[\d.]+.*Z$/);
    }
  });
});
