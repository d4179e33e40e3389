// What a reader sees of the charts' labels: every visible label's box on screen, checked
// against each other and against the chart (SVG) it belongs to.
import type { Page } from "playwright-core";

/** Problems with the visible labels in `scope` (a CSS selector): overlaps, and labels outside their chart. */
export function labelBoxProblems(
  page: Page,
  scope = "body",
): Promise<{ labels: number; problems: string[] }> {
  return page.evaluate((scope) => {
    // Timeline labels are .tl-label; a scale chart's are the texts of its sc-label-… layers.
    const selector = `${scope} svg .tl-label, ${scope} svg g[class*="sc_label_"] > text`;
    const labels = [...document.querySelectorAll(selector)].filter(
      (el) =>
        (el as SVGElement).checkVisibility({ visibilityProperty: true }) &&
        (el.closest("svg") as SVGSVGElement).checkVisibility({ visibilityProperty: true }),
    );
    const boxes = labels.map((el) => ({
      text: el.textContent ?? "",
      box: el.getBoundingClientRect(),
      chart: (el.closest("svg") as SVGSVGElement).getBoundingClientRect(),
      svg: el.closest("svg"),
    }));
    const problems: string[] = [];
    const slack = 0.5;
    boxes.forEach((a, i) => {
      const { box, chart } = a;
      if (
        box.left < chart.left - slack ||
        box.top < chart.top - slack ||
        box.right > chart.right + slack ||
        box.bottom > chart.bottom + slack
      )
        problems.push(`"${a.text}" leaves its chart`);
      for (const b of boxes.slice(i + 1)) {
        if (b.svg !== a.svg) continue;
        const overlap =
          Math.min(box.right, b.box.right) - Math.max(box.left, b.box.left) > slack &&
          Math.min(box.bottom, b.box.bottom) - Math.max(box.top, b.box.top) > slack;
        if (overlap) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    });
    return { labels: boxes.length, problems };
  }, scope);
}
