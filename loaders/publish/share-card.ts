// The image a link preview shows (og:image): 1200×630, the page's title large enough to read as a
// thumbnail, beside its main chart or key figure, rendered to PNG with the fonts that ship with
// the kit (resvg draws no text without them; see embed/png.ts).
import { escapeHtml } from "../../src/shared/html.ts";
import { svgToPng } from "../embed/png.ts";

export const shareCardSize = { width: 1200, height: 630 } as const;

/** What the card shows beside the title: a chart's standalone SVG, a key figure, or nothing. */
export type CardVisual =
  | { kind: "chart"; svg: string }
  | { kind: "figure"; number: string; label: string }
  | { kind: "none" };

export interface CardContent {
  siteTitle: string;
  title: string;
  /** A line under the title: the chart's title, or the page's description. */
  subtitle?: string;
  visual: CardVisual;
}

const pad = 56;
const ink = "#1b1e23";
const muted = "#4a5059";
const accent = "#2f5d8a";

/**
 * Words broken into lines of at most `width` px at `size` px (DejaVu Sans Bold averages ~0.62 em
 * a character; 0.64 keeps a margin); past `maxLines` the last line ends with "…".
 */
export function wrapText(text: string, size: number, width: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * 0.64)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  if (maxLines < 1) return [];
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] as string;
  kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  return kept;
}

function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  const spans = lines
    .map((l, i) => `<tspan x="${x}" dy="${i ? Math.round(size * 1.18) : 0}">${escapeHtml(l)}</tspan>`)
    .join("");
  return `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${spans}</text>`;
}

/** A chart's SVG placed in a box, scaled to fit with its proportions. */
export function nestedSvg(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  if (!open) return "";
  const size = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1] ?? 0);
  const viewBox = /\sviewBox="([^"]+)"/.exec(open)?.[1] ?? `0 0 ${size("width")} ${size("height")}`;
  const kept = open
    .replace(/^<svg\b/, "")
    .replace(/>$/, "")
    .replace(/\s(width|height|x|y|viewBox|preserveAspectRatio)="[^"]*"/g, "");
  const placed = `<svg${kept} x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">`;
  return placed + svg.slice(open.length);
}

/** A key figure: the number as large as its box allows (up to 120 px), its label below. */
function figureSvg(number: string, label: string, box: { x: number; y: number; width: number }): string {
  const size = Math.max(48, Math.min(120, Math.floor(box.width / (Math.max(1, number.length) * 0.64))));
  const lines = wrapText(number, size, box.width, 2);
  const below = box.y + 60 + size + (lines.length - 1) * Math.round(size * 1.18);
  return (
    textLines(lines, box.x, box.y + 60 + size, size, `font-weight="bold" fill="${accent}"`) +
    textLines(wrapText(label, 36, box.width, 5), box.x, below + 70, 36, `fill="${ink}"`)
  );
}

export function shareCardSvg({ siteTitle, title, subtitle, visual }: CardContent): string {
  const { width, height } = shareCardSize;
  const wide = visual.kind === "none";
  const column = wide ? width - 2 * pad : 500;
  const titleSize = wide ? 76 : 60;
  const site = textLines(wrapText(siteTitle, 28, column, 2), pad, pad + 48, 28, `fill="${muted}"`);
  const siteLines = wrapText(siteTitle, 28, column, 2).length;
  const titleLines = wrapText(title, titleSize, column, wide ? 3 : 5);
  const titleTop = pad + 48 + siteLines * 33 + titleSize + 24;
  const heading = textLines(titleLines, pad, titleTop, titleSize, `font-weight="bold" fill="${ink}"`);
  const subtitleTop = titleTop + titleLines.length * Math.round(titleSize * 1.18) + 20;
  const subtitleLines = Math.max(0, Math.floor((height - pad - subtitleTop) / 38));
  const under = subtitle
    ? textLines(wrapText(subtitle, 32, column, subtitleLines), pad, subtitleTop, 32, `fill="${muted}"`)
    : "";
  const box = {
    x: pad + column + 40,
    y: pad,
    width: width - pad * 2 - column - 40,
    height: height - pad * 2,
  };
  const side =
    visual.kind === "chart"
      ? nestedSvg(visual.svg, box)
      : visual.kind === "figure"
        ? figureSvg(visual.number, visual.label, box)
        : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<rect width="${width}" height="14" fill="${accent}"/>`,
    site,
    heading,
    under,
    side,
    "</svg>",
  ].join("");
}

/** The card as PNG, exactly 1200×630. */
export function shareCardPng(content: CardContent): Buffer {
  return svgToPng(shareCardSvg(content), 1).png;
}
