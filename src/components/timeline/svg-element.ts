// The shared scene as DOM nodes: attributes and text set one by one, never parsed from markup.
import type { SvgNode } from "../../shared/timeline/scene.js";

const svgNamespace = "http://www.w3.org/2000/svg";

export function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(svgNamespace, node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (name !== "xmlns") element.setAttribute(name, String(value));
  }
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(svgElement(child));
  return element;
}
