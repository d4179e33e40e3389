import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { pngFonts, svgToPng } from "../../../loaders/embed/png.ts";

const withText =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><text x="10" y="50" font-family="system-ui, sans-serif" font-size="32" fill="currentColor">87 million</text></svg>';
const withoutText = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"></svg>';

/** Pixels that are not white in the PNG rendering of an SVG (decoded by resvg itself). */
function inkedPixels(svg: string): number {
  const { png } = svgToPng(svg, 1);
  const decoded = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="80"><image width="300" height="80" xlink:href="data:image/png;base64,${png.toString("base64")}"/></svg>`,
  ).render();
  let inked = 0;
  const pixels = decoded.pixels;
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 200) inked++;
  return inked;
}

describe("svgToPng(svg, scale)", () => {
  it("ships its fonts instead of relying on the machine's", () => {
    expect(pngFonts.every((file) => file.endsWith(".ttf"))).toBe(true);
  });
  it("draws the SVG's text (resvg silently drops text without a font)", () => {
    expect(inkedPixels(withoutText)).toBe(0);
    expect(inkedPixels(withText)).toBeGreaterThan(300);
  });
  it("draws Arabic text with the shipped DejaVu Sans (a site in ar gets PNG fallbacks with words)", () => {
    const arabic = withText.replace("87 million", "الأحداث عبر الزمن");
    // Without Arabic glyphs resvg draws one empty box per character: as many boxes as letters.
    const boxes = withText.replace("87 million", "\u{10FFFD}".repeat([..."الأحداث عبر الزمن"].length));
    expect(inkedPixels(arabic)).toBeGreaterThan(300);
    expect(Math.abs(inkedPixels(arabic) - inkedPixels(boxes))).toBeGreaterThan(100);
  });
  it("renders at the requested scale", () => {
    const { png, width, height } = svgToPng(withText, 2);
    expect([width, height]).toEqual([600, 160]);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });
});
