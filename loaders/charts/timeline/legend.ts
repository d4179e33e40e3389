// The timeline's legend and its status icons, built from the same symbols as the marks and
// the status descriptions in enums.ts, so the key always matches what is drawn.

import { EventStatus } from "../../../src/shared/enums.ts";
import { escapeHtml } from "../../../src/shared/html.ts";
import {
  type SymbolName,
  statementSymbol,
  statusSymbols,
  symbolPath,
  symbolPoints,
} from "../../../src/shared/timeline/symbols.ts";
import { t } from "../../site/locale.ts";

const iconSize = 12;

function symbolSvg(symbol: SymbolName, cls: string): string {
  const c = iconSize / 2 + 1;
  return `<svg class="tl-key ${cls}" width="${iconSize + 2}" height="${iconSize + 2}" viewBox="0 0 ${iconSize + 2} ${iconSize + 2}" aria-hidden="true"><path fill="currentColor" d="${symbolPath(symbol, c, c, 10)}"/></svg>`;
}

function shapeSvg(kind: "period" | "uncertain" | "vague" | "open" | "doubt" | "link"): string {
  const body = {
    period:
      '<rect x="1" y="4" width="30" height="8" fill="currentColor" fill-opacity="0.35" stroke="currentColor"/>',
    uncertain:
      '<rect x="1" y="4" width="30" height="8" fill="currentColor" fill-opacity="0.1" stroke="currentColor" stroke-dasharray="3 2"/>',
    vague:
      '<defs><linearGradient id="tl-key-fade"><stop offset="0" stop-color="currentColor" stop-opacity="0"/><stop offset="0.3" stop-color="currentColor" stop-opacity="0.6"/><stop offset="0.7" stop-color="currentColor" stop-opacity="0.6"/><stop offset="1" stop-color="currentColor" stop-opacity="0"/></linearGradient></defs><rect x="1" y="4" width="30" height="8" fill="url(#tl-key-fade)"/>',
    open: '<defs><linearGradient id="tl-key-open"><stop offset="0" stop-color="currentColor" stop-opacity="0"/><stop offset="1" stop-color="currentColor" stop-opacity="0.6"/></linearGradient></defs><rect x="1" y="4" width="25" height="8" fill="url(#tl-key-open)"/><circle cx="26" cy="8" r="4" fill="currentColor"/>',
    doubt: `<circle cx="10" cy="9" r="5" fill="currentColor"/><text x="16" y="8" font-size="10" font-weight="700" fill="currentColor">${escapeHtml(t("timeline.doubtMark"))}</text>`,
    link: '<path d="M16,1V15" stroke="currentColor"/><circle cx="16" cy="3" r="2.5" fill="currentColor"/><circle cx="16" cy="13" r="2.5" fill="currentColor"/>',
  }[kind];
  return `<svg class="tl-key" width="32" height="16" viewBox="0 0 32 16" aria-hidden="true">${body}</svg>`;
}

function entry(key: string, term: string, description: string): string {
  return `<li>${key}<span><strong>${escapeHtml(term)}</strong>: ${escapeHtml(description)}</span></li>`;
}

export function timelineLegendHtml(): string {
  const statuses = (Object.keys(EventStatus) as EventStatus[]).map((status) =>
    entry(
      symbolSvg(statusSymbols[status], `tl-status-${status}`),
      t(`status.${status}`),
      t(`status.${status}.about`),
    ),
  );
  const shape = (svg: string, name: "statement" | "bar" | "dashed" | "faded" | "open" | "doubt" | "line") =>
    entry(svg, t(`timeline.${name}`), t(`timeline.${name}.about`));
  const shapes = [
    shape(symbolSvg(statementSymbol, "tl-statement"), "statement"),
    shape(shapeSvg("period"), "bar"),
    shape(shapeSvg("uncertain"), "dashed"),
    shape(shapeSvg("vague"), "faded"),
    shape(shapeSvg("open"), "open"),
    shape(shapeSvg("doubt"), "doubt"),
    shape(shapeSvg("link"), "line"),
  ];
  return `<div class="tl-legend"><p class="tl-legend-title">${escapeHtml(t("timeline.key"))}</p><ul class="tl-legend-status">${statuses.join("")}</ul><ul class="tl-legend-shapes">${shapes.join("")}</ul></div>`;
}

/** CSS clip paths that draw each symbol as an inline icon in the list, from the same outlines. */
export function iconCss(): string {
  const symbols: SymbolName[] = ["circle", "diamond", "triangle", "cross", "square"];
  const extent = 0.65;
  const rules = symbols.map((symbol) => {
    const points = symbolPoints(symbol, 1);
    const clip = points.length
      ? `polygon(${points.map(([x, y]) => `${(50 + (x / extent) * 50).toFixed(1)}% ${(50 + (y / extent) * 50).toFixed(1)}%`).join(",")})`
      : `circle(${((0.5 / extent) * 50).toFixed(1)}%)`;
    return `.tl-icon-${symbol}{clip-path:${clip}}`;
  });
  return `<style>${rules.join("")}</style>`;
}
