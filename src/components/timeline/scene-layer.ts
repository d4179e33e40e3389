// The live view's SVG layer (lanes, axis, labels, and the marks when they are few), made from
// the shared scene. A render whose scene is the same as the last one's (a filter that leaves
// every lane and label where it was) keeps the element: the browser then lays out no new SVG
// text, which on a phone costs more than drawing the marks.
import type { SvgNode } from "../../shared/timeline/scene.js";
import { svgElement } from "./svg-element.js";

export class SceneLayer {
  element: Element = svgElement({ tag: "svg" });
  private drawn = "";

  show(node: SvgNode): void {
    const key = JSON.stringify(node);
    if (key === this.drawn) return;
    this.drawn = key;
    const scene = svgElement(node);
    scene.setAttribute("aria-hidden", "true");
    this.element.replaceWith(scene);
    this.element = scene;
  }
}
