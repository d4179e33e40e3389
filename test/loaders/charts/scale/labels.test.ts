import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBreakdownChart } from "../../../../loaders/charts/scale/breakdown.ts";
import { buildEstimatesChart } from "../../../../loaders/charts/scale/estimates.ts";
import {
  placeScaleLabels,
  type ScaleLabelRequest,
  stripDepth,
} from "../../../../loaders/charts/scale/labels.ts";
import type { SceneBox, SceneView } from "../../../../loaders/charts/scale/scene-boxes.ts";
import { buildWaffleChart } from "../../../../loaders/charts/scale/waffle.ts";
import type { Annotation } from "../../../../loaders/model.ts";
import { gapBetween, inside } from "../../../../src/shared/labels/box.ts";
import { evidenceOf, total } from "./evidence.ts";

/** A bar chart's scene as the scale charts draw it: per row, a text line, then a bar under it. */
function barScene(rows: readonly { length: number; text: number }[], width = 400): SceneView {
  const boxes: SceneBox[] = [];
  rows.forEach((row, i) => {
    const y = i * 44;
    const figure = `f${i}`;
    boxes.push({ kind: "text", figure, x: 0, y: y + 6, width: row.text, height: 14 });
    boxes.push({ kind: "mark", figure, x: 0, y: y + 23, width: row.length, height: 15 });
  });
  return { view: "root", width, height: rows.length * 44, boxes };
}

const words = fc.constantFrom(
  "Largest",
  "official",
  "estimate",
  "FTC",
  "penalty",
  "«up to»",
  "87",
  "millions",
);
const scene = fc
  .array(fc.record({ length: fc.integer({ min: 1, max: 400 }), text: fc.integer({ min: 40, max: 390 }) }), {
    minLength: 1,
    maxLength: 14,
  })
  .map((rows) => barScene(rows));
const requestsFor = (view: SceneView) =>
  fc
    .uniqueArray(
      fc.record({
        row: fc.integer({ min: 0, max: view.boxes.length / 2 - 1 }),
        label: fc.array(words, { minLength: 1, maxLength: 8 }).map((w) => w.join(" ")),
        priority: fc.integer({ min: 0, max: 4 }),
      }),
      { maxLength: 6, selector: (r) => r.row },
    )
    .map((list) =>
      list.map(
        ({ row, label, priority }, i): ScaleLabelRequest => ({
          id: `a${i}`,
          label,
          figure: `f${row}`,
          priority,
        }),
      ),
    );
const problem = scene.chain((view) => requestsFor(view).map((requests) => ({ view, requests })));

describe("placeScaleLabels(view, requests)", () => {
  it("keeps labels clear of each other, of every bar and text, and inside the chart and its strip", () => {
    fc.assert(
      fc.property(problem, ({ view, requests }) => {
        const { labels, dropped, extra } = placeScaleLabels(view, requests);
        const bounds = { x: 0, y: 0, width: view.width, height: view.height + stripDepth };
        expect(labels.length + dropped.length).toBe(requests.length);
        expect(extra).toBeGreaterThanOrEqual(0);
        expect(extra).toBeLessThanOrEqual(stripDepth);
        for (const [i, a] of labels.entries()) {
          expect(inside(a.box, bounds)).toBe(true);
          expect(a.box.y + a.box.height).toBeLessThanOrEqual(view.height + extra);
          for (const box of view.boxes) expect(gapBetween(a.box, box)).toBeGreaterThanOrEqual(0);
          for (const b of labels.slice(i + 1)) expect(gapBetween(a.box, b.box)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(problem, ({ view, requests }) => {
        expect(placeScaleLabels(view, requests)).toEqual(placeScaleLabels(view, requests));
      }),
      { numRuns: 20 },
    );
  });

  it("places labels in priority order: the labels that go later never move the ones before", () => {
    fc.assert(
      fc.property(problem, ({ view, requests }) => {
        const all = placeScaleLabels(view, requests);
        const first = Math.min(...requests.map((r) => r.priority));
        const alone = placeScaleLabels(
          view,
          requests.filter((r) => r.priority === first),
        );
        for (const label of alone.labels) expect(all.labels).toContainEqual(label);
        expect(all.dropped.filter((id) => alone.dropped.includes(id))).toEqual(alone.dropped);
      }),
      { numRuns: 40 },
    );
  });

  it("puts a label beside its bar when the row has room, with no leader line", () => {
    const view = barScene([
      { length: 120, text: 200 },
      { length: 300, text: 200 },
    ]);
    const { labels } = placeScaleLabels(view, [{ id: "a", label: "Short", figure: "f0", priority: 0 }]);
    expect(labels[0]?.box.x).toBe(126);
    expect(labels[0]?.leader).toBeUndefined();
  });

  it("draws a leader line to a bar that fills its row, the label under the chart", () => {
    const view = barScene([{ length: 400, text: 390 }]);
    const { labels, extra } = placeScaleLabels(view, [
      { id: "a", label: "Facebook's upper estimate", figure: "f0", priority: 0 },
    ]);
    expect(labels[0]?.box.y).toBeGreaterThanOrEqual(38);
    expect(extra).toBeGreaterThan(0);
  });

  it("leaves out what no candidate fits, lowest priority first", () => {
    const view = barScene([{ length: 400, text: 390 }], 90);
    const long = "a label much too wide for this chart to hold anywhere at all in three lines";
    const { labels, dropped } = placeScaleLabels(view, [
      { id: "later", label: "B", figure: "f0", priority: 2 },
      { id: "first", label: "A", figure: "f0", priority: 1 },
      { id: "wide", label: long, figure: "f0", priority: 0 },
    ]);
    expect(labels.map((l) => l.id)).toEqual(["first", "later"]);
    expect(dropped).toEqual(["wide"]);
  });
});

const annotation = (id: string, target: string, label: string, step?: number): Annotation => ({
  id,
  target,
  label,
  sources: ["gazette"],
  extra: {},
  ...(step === undefined ? {} : { step }),
});

describe("annotations on the scale charts", () => {
  const parts = [
    total("affected", 87_000_000),
    { id: "us", scope: "country", group: "United States", value: 70_000_000, asOf: "2018-04-04" },
    { id: "uk", scope: "country", group: "United Kingdom", value: 1_000_000, asOf: "2018-04-04" },
    total("installers", 270_000, { subject: "People who installed the app", estimate: undefined }),
    total("early", 50_000_000, { asOf: "2018-03-17", estimate: "initial" }),
  ];
  const evidence = evidenceOf(parts);
  evidence.annotations = [
    annotation("upper", "affected", "Upper estimate"),
    annotation("uk-note", "uk", "Second in Europe", 1),
    annotation("elsewhere", "nothing-charted", "Not a figure"),
  ];

  it("draw each label in the SVG at the chart that shows its figure, and list them as notes", async () => {
    const breakdown = await buildBreakdownChart(evidence);
    expect(breakdown.svg).toMatch(/class="mark-text role-mark sc_label_\d+_marks"/);
    expect(breakdown.svg).toContain("Upper estimate");
    expect(breakdown.svg).toContain("Second in Europe");
    expect(breakdown.annotations?.map((n) => [n.annotation.id, n.drawn])).toEqual([
      ["upper", true],
      ["uk-note", true],
    ]);
    const estimates = await buildEstimatesChart(evidence);
    expect(estimates.annotations?.map((n) => n.annotation.id)).toEqual(["upper"]);
    const waffle = await buildWaffleChart(evidence);
    expect(waffle.svg).toMatch(/sc_label_panel_1_0_marks/);
    expect(waffle.svg).toContain("Upper estimate");
  });

  it("leave a chart as it was when no annotation is on its figures", async () => {
    const plain = evidenceOf(parts);
    const before = await buildBreakdownChart(plain);
    plain.annotations = [annotation("elsewhere", "nothing-charted", "Not a figure")];
    const after = await buildBreakdownChart(plain);
    expect(after.svg).toBe(before.svg);
    expect(after.annotations).toBeUndefined();
  });
});
