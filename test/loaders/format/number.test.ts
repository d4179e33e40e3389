import { describe, expect, it } from "vitest";
import { formatCount, formatQuantity } from "../../../loaders/format/number.ts";

describe("formatCount(value)", () => {
  it("writes millions and billions in words", () => {
    expect(formatCount(87_000_000)).toBe("87 million");
    expect(formatCount(70_632_350)).toBe("70.6 million");
    expect(formatCount(1_175_870)).toBe("1.18 million");
    expect(formatCount(5_000_000_000)).toBe("5 billion");
    expect(formatCount(2_622_532_000_000)).toBe("2.62 trillion");
  });
  it("keeps smaller numbers whole with thousands separators", () => {
    expect(formatCount(270_000)).toBe("270,000");
    expect(formatCount(311_127)).toBe("311,127");
    expect(formatCount(0)).toBe("0");
  });
  it("keeps the sign of negative numbers", () => {
    expect(formatCount(-120_000_000_000)).toBe("-120 billion");
  });
});

describe("formatQuantity(value, unit)", () => {
  it("puts a currency symbol before the amount", () => {
    expect(formatQuantity(5_000_000_000, "USD")).toBe("$5 billion");
    expect(formatQuantity(500_000, "GBP")).toBe("£500,000");
  });
  it("puts other units after the number", () => {
    expect(formatQuantity(87_000_000, "people")).toBe("87 million people");
    expect(formatQuantity(4.5, "percent")).toBe("4.5%");
  });
});
