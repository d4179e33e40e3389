import { describe, expect, it } from "vitest";
import { keyTarget } from "../../../src/components/timeline/keys.ts";

describe("keyTarget(key, current, last)", () => {
  it("moves one mark with the arrows and ten with Page Up and Page Down", () => {
    expect(keyTarget("ArrowRight", 3, 20)).toBe(4);
    expect(keyTarget("ArrowUp", 3, 20)).toBe(2);
    expect(keyTarget("PageDown", 3, 20)).toBe(13);
  });
  it("stays within the marks and goes to either end with Home and End", () => {
    expect(keyTarget("PageUp", 3, 20)).toBe(0);
    expect(keyTarget("ArrowRight", 20, 20)).toBe(20);
    expect(keyTarget("End", 3, 20)).toBe(20);
    expect(keyTarget("Home", 3, 20)).toBe(0);
  });
  it("moves on with the left arrow and back with the right one when time runs right to left", () => {
    expect(keyTarget("ArrowLeft", 3, 20, "rtl")).toBe(4);
    expect(keyTarget("ArrowRight", 3, 20, "rtl")).toBe(2);
    expect(keyTarget("ArrowLeft", 3, 20, "ltr")).toBe(2);
    expect(keyTarget("ArrowDown", 3, 20, "rtl")).toBe(4);
  });
  it("ignores other keys", () => {
    expect(keyTarget("Enter", 3, 20)).toBeUndefined();
  });
});
