// The timeline page's figures in Chromium, for bench/timeline.ts and bench/timeline-compare.ts:
// page loads (the first render, the reader's wait after reaching for a large timeline) and filter
// changes, each run's figures and their medians.
import { loadavg } from "node:os";
import type { Browser } from "playwright-core";
import type { StaticServer } from "../scripts/lib/static-server.ts";
import { median } from "./median.ts";
import { startLiveView } from "./start-live-view.ts";

interface Render {
  /** From navigation start to the first paint with content: the static chart, before any script. */
  firstContentfulPaint: number;
  /** From navigation start to the component's "timeline:rendered" mark. */
  sinceNavigation: number;
  /** The component's own work: "timeline:start" to "timeline:rendered". */
  component: number;
  /**
   * The reader's wait for a large timeline's live view: from reaching for it ("timeline:intent",
   * the start button's click) to "timeline:rendered", with the modules and the view fetched. NaN
   * for a small timeline, live with the page.
   */
  sinceIntent: number;
  /** From navigation start until the frame showing the render was painted (an upper bound: up to one frame more). */
  painted: number;
  marks: string;
}

interface Load {
  /** 1-minute load average when the page load began. */
  load: number;
}

interface Update {
  /** The component's work from the filter change to the updated view. */
  component: number;
  /** From the change event until the frame showing the update was painted (up to one frame more). */
  painted: number;
}

export async function measure(
  browser: Browser,
  server: StaticServer,
  viewport: { width: number; height: number },
  cpuSlowdown: number,
  runs: number,
): Promise<{ renders: (Render & Load)[]; updates: Update[] }> {
  const renders: (Render & Load)[] = [];
  const updates: Update[] = [];
  for (let run = 0; run < runs; run++) {
    const load = loadavg()[0] as number;
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    await page.goto(`${server.url}/timeline`, { waitUntil: "load" });
    await startLiveView(page);
    await page.waitForFunction(() => performance.getEntriesByName("timeline:rendered").length > 0, null, {
      timeout: 120_000,
    });
    renders.push({
      load,
      ...(await page.evaluate(async () => {
        const rendered = performance.getEntriesByName("timeline:rendered")[0]?.startTime ?? Number.NaN;
        const start = performance.getEntriesByName("timeline:start")[0]?.startTime ?? Number.NaN;
        const intent = performance.getEntriesByName("timeline:intent")[0]?.startTime ?? Number.NaN;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        // The second frame callback runs once the frame showing the render has been painted.
        return {
          firstContentfulPaint:
            performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
          sinceNavigation: rendered,
          component: rendered - start,
          sinceIntent: rendered - intent,
          painted: performance.now(),
          marks: document.querySelector(".tl-stage canvas") ? "canvas" : "svg",
        };
      })),
    });
    // Filter updates: each toggles one kind off and on again, like a reader trying filters.
    const boxes = await page.locator('input[name="kinds"]').count();
    for (let k = 0; k < Math.min(boxes, 4); k++) {
      for (const checked of [false, true]) {
        updates.push(
          await page.evaluate(
            async ({ k, checked }) => {
              const box = document.querySelectorAll<HTMLInputElement>('input[name="kinds"]')[k];
              if (!box) throw new Error("no kind filter");
              performance.clearMeasures("timeline:update");
              const started = performance.now();
              box.checked = checked;
              box.dispatchEvent(new Event("change", { bubbles: true }));
              const component = performance.getEntriesByName("timeline:update")[0]?.duration ?? Number.NaN;
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
              return { component, painted: performance.now() - started };
            },
            { k, checked },
          ),
        );
      }
    }
    await context.close();
  }
  return { renders, updates };
}

export function summary(result: { renders: (Render & Load)[]; updates: Update[] }) {
  const r = result.renders;
  const u = result.updates;
  const perLoad = u.length / Math.max(1, r.length);
  return {
    firstRenderRuns: r.map((x) => x.component.toFixed(0)).join(" "),
    filterUpdateRuns: r
      .map((_, i) => median(u.slice(i * perLoad, (i + 1) * perLoad).map((x) => x.component)).toFixed(0))
      .join(" "),
    loads: r.map((x) => x.load.toFixed(1)).join(" "),
    drawnOn: r[0]?.marks ?? "?",
    pageLoads: r.length,
    changes: u.length,
    firstRender: median(r.map((x) => x.component)),
    intentToRendered: median(r.map((x) => x.sinceIntent)),
    firstContentfulPaint: median(r.map((x) => x.firstContentfulPaint)),
    navigationToRendered: median(r.map((x) => x.sinceNavigation)),
    navigationToPainted: median(r.map((x) => x.painted)),
    filterUpdate: median(u.map((x) => x.component)),
    filterToPainted: median(u.map((x) => x.painted)),
  };
}

export type Summary = ReturnType<typeof summary>;
