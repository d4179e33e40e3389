// The timeline as a static SVG string, drawn at build time: the page is complete without
// JavaScript, and embeds show it before (or instead of) the interactive view. The drawing
// itself is shared with the browser (src/shared/timeline/scene.ts); this file only
// serialises it, escaping every attribute and text (line breaks too: a blank line would end
// the page's HTML block).
import { escapeHtml } from "../../../src/shared/html.ts";
import { denseThreshold } from "../../../src/shared/timeline/geometry.ts";
import type { TimelineLayout } from "../../../src/shared/timeline/layout.ts";
import { type SceneOptions, type SvgNode, timelineScene } from "../../../src/shared/timeline/scene.ts";
import type { TimelineView } from "../../../src/shared/timeline/view.ts";

export function svgString(node: SvgNode): string {
  const attrs = Object.entries(node.attrs ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join("");
  const inner = `${node.text === undefined ? "" : escapeHtml(node.text)}${(node.children ?? []).map(svgString).join("")}`;
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

/** Every item as a mark up to `denseThreshold` items; beyond, how many items fall where. */
export function timelineSvg(
  view: TimelineView,
  layout: TimelineLayout,
  options: Omit<SceneOptions, "marks">,
): string {
  const marks = layout.marks.length > denseThreshold ? "density" : "each";
  return svgString(timelineScene(view, layout, { ...options, marks }));
}
