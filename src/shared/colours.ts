// The status colours, defined once: the build-time SVGs (shown outside the site, in embeds and
// downloads) paint with these, and src/style.css declares the same values as --status-* custom
// properties for the pages (test/shared/colours.test.ts fails when the two disagree).
import type { EventStatus } from "./enums.js";

export type ColourScheme = "light" | "dark";

export const statusColours: Readonly<Record<ColourScheme, Readonly<Record<EventStatus, string>>>> = {
  light: { reported: "#9a6700", confirmed: "#1a7f37", denied: "#cf222e", disputed: "#8250df" },
  dark: { reported: "#d4a72c", confirmed: "#4ac26b", denied: "#ff8182", disputed: "#c297ff" },
};

/** Colours per timeline CSS class (`tl-status-confirmed`…), for SVGs shown without the site's CSS. */
export function statusPalette(scheme: ColourScheme = "light"): Record<string, string> {
  return Object.fromEntries(
    Object.entries(statusColours[scheme]).map(([status, colour]) => [`tl-status-${status}`, colour]),
  );
}
