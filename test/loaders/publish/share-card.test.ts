import { describe, expect, it } from "vitest";
import { nestedSvg, shareCardPng, shareCardSvg, wrapText } from "../../../loaders/publish/share-card.ts";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("wrapText(text, size, width, maxLines)", () => {
  it("breaks at spaces to fit the width and ends a cut text with …", () => {
    expect(wrapText("one two three four", 10, 60, 5)).toEqual(["one two", "three", "four"]);
    expect(wrapText("one two three four", 10, 60, 2)).toEqual(["one two", "three…"]);
  });
  it("gives no lines where there is no room", () => {
    expect(wrapText("one", 10, 64, 0)).toEqual([]);
  });
});

describe("nestedSvg(svg, box)", () => {
  it("places a chart in the box with its own viewBox, scaled to fit", () => {
    const svg = nestedSvg('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect/></svg>', {
      x: 10,
      y: 20,
      width: 100,
      height: 50,
    });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" x="10" y="20" width="100" height="50" viewBox="0 0 400 200" preserveAspectRatio="xMidYMid meet"><rect/></svg>',
    );
  });
});

describe("shareCardPng(content)", () => {
  it("is a 1200×630 PNG whatever it shows", () => {
    for (const visual of [
      { kind: "none" as const },
      { kind: "figure" as const, number: "1,234", label: "wells tested" },
      {
        kind: "chart" as const,
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>',
      },
    ])
      expect(pngSize(shareCardPng({ siteTitle: "Water", title: "Overview", visual }))).toEqual({
        width: 1200,
        height: 630,
      });
  });
  it("writes the title, site title and key figure as escaped text", () => {
    const svg = shareCardSvg({
      siteTitle: "A & B",
      title: "<x>",
      visual: { kind: "figure", number: "87", label: "wells" },
    });
    expect(svg).toContain("A &amp; B");
    expect(svg).toContain("&lt;x&gt;");
    expect(svg).toContain(">87<");
  });
});
