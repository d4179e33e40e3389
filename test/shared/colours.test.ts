import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { statusColours, statusPalette } from "../../src/shared/colours.ts";
import { EventStatus } from "../../src/shared/enums.ts";
import { narrowWidth } from "../../src/shared/timeline/geometry.ts";

const styleCss = readFileSync("src/style.css", "utf8");

/** The --status-* declarations of the first CSS block that opens with `selector {`. */
function statusDeclarations(css: string, selector: RegExp): Record<string, string> {
  const start = css.search(selector);
  if (start < 0) return {};
  const open = css.indexOf("{", start);
  const body = css.slice(open + 1, css.indexOf("}", open));
  return Object.fromEntries(
    [...body.matchAll(/--status-([a-z]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]),
  );
}

const blocks = {
  "light (:root)": { scheme: "light", selector: /^:root\s*\{/m },
  "dark (prefers-color-scheme)": {
    scheme: "dark",
    selector: /prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{/,
  },
  'light (:root[data-theme="light"])': { scheme: "light", selector: /:root\[data-theme="light"\]\s*\{/ },
  'dark (:root[data-theme="dark"])': { scheme: "dark", selector: /:root\[data-theme="dark"\]\s*\{/ },
} as const;

describe("statusColours and src/style.css", () => {
  for (const [name, { scheme, selector }] of Object.entries(blocks))
    it(`style.css's ${name} --status-* properties are statusColours.${scheme}`, () => {
      expect(statusDeclarations(styleCss, selector)).toEqual(statusColours[scheme]);
    });
  it("statusDeclarations(css) sees a colour that differs from the palette", () => {
    const drifted = styleCss.replace(statusColours.light.denied, "#ff0000");
    expect(statusDeclarations(drifted, blocks["light (:root)"].selector)).not.toEqual(statusColours.light);
  });
});

describe("statusPalette(scheme)", () => {
  it("gives every status's CSS class a colour, light by default", () => {
    expect(Object.keys(statusPalette()).sort()).toEqual(
      Object.keys(EventStatus)
        .map((s) => `tl-status-${s}`)
        .sort(),
    );
    expect(statusPalette()["tl-status-confirmed"]).toBe(statusColours.light.confirmed);
    expect(statusPalette("dark")["tl-status-confirmed"]).toBe(statusColours.dark.confirmed);
  });
});

describe("narrowWidth and src/timeline.css", () => {
  it("is where timeline.css swaps the wide static SVG for the narrow one", () => {
    const css = readFileSync("src/timeline.css", "utf8");
    expect(css).toContain(`@media (max-width: ${narrowWidth - 0.02}px)`);
  });
});
