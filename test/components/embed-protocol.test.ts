import { describe, expect, it } from "vitest";
import { embedHeightOf, maxEmbedHeight, minEmbedHeight } from "../../src/components/embed-protocol.ts";

const message = (height: unknown, extra: Record<string, unknown> = {}) => ({
  type: "dossier:embed-size",
  version: 1,
  chart: "by-country",
  height,
  ...extra,
});

describe("embedHeightOf(data)", () => {
  it("reads the height of a version 1 message, rounded up", () => {
    expect(embedHeightOf(message(412.2))).toBe(413);
  });
  it("clamps heights to sane bounds", () => {
    expect(embedHeightOf(message(1e9))).toBe(maxEmbedHeight);
    expect(embedHeightOf(message(-50))).toBe(minEmbedHeight);
  });
  it.each([
    ["a string", "dossier:embed-size"],
    ["null", null],
    ["another type", message(300, { type: "iframe-resizer" })],
    ["an unknown version", message(300, { version: 2 })],
    ["a non-finite height", message(Number.POSITIVE_INFINITY)],
    ["NaN", message(Number.NaN)],
    ["a height as text", message("300")],
    ["no chart id", message(300, { chart: undefined })],
  ])("ignores %s", (_, data) => {
    expect(embedHeightOf(data)).toBeUndefined();
  });
});
