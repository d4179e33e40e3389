// What a right-to-left site must show on each page, beyond the checks every page passes: the
// page says rtl; on a phone (375 px) nothing makes it scroll sideways; and the live timeline
// reads right to left (the earliest item furthest right, the lane names right of the marks).
import type { Page } from "playwright-core";

/** The live timeline's marks and lane names, measured in the page: what "right to left" means. */
async function timelineProblems(page: Page): Promise<string[]> {
  await page.waitForSelector(".tl-enhanced .tl-drawing svg .tl-mark", { timeout: 30_000 });
  const drawn = await page.evaluate(() => ({
    marks: [...document.querySelectorAll(".tl-drawing svg .tl-mark")].map((el) => ({
      id: el.getAttribute("data-id") ?? "",
      left: el.getBoundingClientRect().left,
      right: el.getBoundingClientRect().right,
    })),
    names: [...document.querySelectorAll(".tl-drawing svg .tl-lane-labels text")].map(
      (el) => el.getBoundingClientRect().left,
    ),
  }));
  const problems: string[] = [];
  // The list is in time order: its first item's mark must stand right of its last one's.
  const order = await page.$$eval(".tl-entries > li[id]", (items) => items.map((item) => item.id));
  const first = drawn.marks.find((m) => m.id === order[0]);
  const last = drawn.marks.find((m) => m.id === order.at(-1));
  if (!first || !last || first === last) problems.push("timeline: no first and last marks to compare");
  else if (last.right > first.left)
    problems.push(`timeline: the last item (${last.id}) is not left of the first (${first.id})`);
  const rightmost = Math.max(...drawn.marks.map((m) => m.right));
  if (!drawn.names.length || drawn.names.some((left) => left < rightmost))
    problems.push("timeline: the lane names are not right of the marks");
  return problems;
}

export async function rightToLeftProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const dir = await page.evaluate(() => document.documentElement.dir);
  if (dir !== "rtl") problems.push(`<html dir="${dir}">, not rtl`);
  if (path === "/timeline") problems.push(...(await timelineProblems(page)));
  await page.setViewportSize({ width: 375, height: 800 });
  // Two frames: the resize lays the page out again and the timeline redraws on the next one.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (scroll > client) problems.push(`scrolls sideways at 375 px (${scroll} px wide)`);
  return problems;
}
