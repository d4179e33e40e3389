// The canvas needs colours as values; the page's CSS variables have them, in light and dark mode.
import { EventStatus } from "../../shared/enums.js";

/** Colours per item class, read from the page's CSS variables (they follow light and dark mode). */
export function readColours(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  const colours: Record<string, string> = { "tl-statement": style.color, text: style.color };
  for (const status of Object.keys(EventStatus))
    colours[`tl-status-${status}`] = style.getPropertyValue(`--status-${status}`).trim() || style.color;
  return colours;
}
