import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Box, crosses, gapBetween, grown, inside, intersects } from "../../../src/shared/labels/box.ts";
import {
  type LabelRequest,
  leaderLine,
  type Obstacle,
  placeLabels,
} from "../../../src/shared/labels/place.ts";

const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };
const coordinate = fc.integer({ min: -40, max: 420 });
const box = fc.record({
  x: coordinate,
  y: coordinate,
  width: fc.integer({ min: 1, max: 160 }),
  height: fc.integer({ min: 1, max: 60 }),
});
const request = (id: string) =>
  fc.record({
    id: fc.constant(id),
    width: fc.integer({ min: 4, max: 180 }),
    height: fc.integer({ min: 4, max: 50 }),
    priority: fc.integer({ min: 0, max: 5 }),
    anchor: box,
    candidates: fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 30 }),
  });
const problem = fc
  .integer({ min: 0, max: 12 })
  .chain((n) =>
    fc.record({
      requests: fc.tuple(...Array.from({ length: n }, (_, i) => request(`l${i}`))),
      obstacles: fc.array(
        fc.record({
          box,
          owner: fc.option(
            fc.integer({ min: 0, max: 12 }).map((i) => `l${i}`),
            { nil: undefined },
          ),
        }),
        { maxLength: 25 },
      ),
    }),
  )
  .map(({ requests, obstacles }) => ({
    requests: requests as LabelRequest[],
    obstacles: obstacles.map(({ box: b, owner }): Obstacle => (owner ? { ...b, owner } : b)),
  }));

/** Labels in the order the placer takes them: priority, then input order. */
const inOrder = (requests: readonly LabelRequest[]) =>
  requests.map((r, i) => ({ r, i })).sort((a, b) => a.r.priority - b.r.priority || a.i - b.i);

describe("placeLabels(requests, options)", () => {
  it("never lets two labels intersect, nor a label leave the bounds", () => {
    fc.assert(
      fc.property(problem, ({ requests, obstacles }) => {
        const { placed } = placeLabels(requests, { bounds, obstacles });
        for (const [i, a] of placed.entries()) {
          expect(inside(a.box, bounds)).toBe(true);
          for (const b of placed.slice(i + 1)) expect(intersects(a.box, b.box)).toBe(false);
        }
      }),
    );
  });

  it("never puts a label on an obstacle that is not its own, nor a leader across another label", () => {
    fc.assert(
      fc.property(problem, ({ requests, obstacles }) => {
        const { placed } = placeLabels(requests, { bounds, obstacles });
        for (const label of placed) {
          for (const o of obstacles) if (o.owner !== label.id) expect(intersects(label.box, o)).toBe(false);
          for (const other of placed)
            if (other !== label && other.leader) expect(crosses(other.leader, label.box)).toBe(false);
        }
      }),
    );
  });

  it("places or drops every label once, and gives the same answer for the same input", () => {
    fc.assert(
      fc.property(problem, ({ requests, obstacles }) => {
        const first = placeLabels(requests, { bounds, obstacles });
        expect(placeLabels(requests, { bounds, obstacles })).toEqual(first);
        const ids = [...first.placed.map((p) => p.id), ...first.dropped].sort();
        expect(ids).toEqual(requests.map((r) => r.id).sort());
      }),
    );
  });

  it("drops a label only when every candidate is blocked by the edge, an obstacle or a label that came first", () => {
    fc.assert(
      fc.property(problem, ({ requests, obstacles }) => {
        const { placed, dropped } = placeLabels(requests, { bounds, obstacles });
        const order = inOrder(requests);
        const rank = new Map(order.map(({ r }, k) => [r.id, k]));
        for (const id of dropped) {
          const request = requests.find((r) => r.id === id) as LabelRequest;
          const before = placed.filter((p) => (rank.get(p.id) as number) < (rank.get(id) as number));
          for (const { x, y } of request.candidates) {
            const candidate = { x, y, width: request.width, height: request.height };
            const leader = leaderLine(request.anchor, candidate, 3);
            const blocked =
              !inside(candidate, bounds) ||
              obstacles.some((o) => o.owner !== id && gapBetween(o, candidate) < 2) ||
              before.some(
                (p) =>
                  gapBetween(p.box, candidate) < 2 ||
                  (p.leader !== undefined && crosses(p.leader, grown(candidate, 1))) ||
                  (leader !== undefined && crosses(leader, grown(p.box, 1))),
              );
            expect(blocked).toBe(true);
          }
        }
      }),
    );
  });

  it("places a higher-priority label first: two labels wanting one spot, the lower number wins", () => {
    const spot = [{ x: 10, y: 10 }];
    const anchor = { x: 10, y: 30, width: 4, height: 4 };
    const a = { id: "a", width: 50, height: 12, priority: 2, anchor, candidates: spot };
    const b = { id: "b", width: 50, height: 12, priority: 1, anchor, candidates: spot };
    expect(placeLabels([a, b], { bounds, obstacles: [] })).toMatchObject({
      placed: [{ id: "b" }],
      dropped: ["a"],
    });
  });

  it("draws a leader line only to a label that stands away from its anchor", () => {
    const anchor = { x: 100, y: 100, width: 10, height: 10 };
    const request = (id: string, x: number) => ({
      id,
      width: 40,
      height: 12,
      priority: 0,
      anchor,
      candidates: [{ x, y: 99 }],
    });
    const beside = placeLabels([request("beside", 112)], { bounds, obstacles: [] }).placed[0];
    const away = placeLabels([request("away", 200)], { bounds, obstacles: [] }).placed[0];
    expect(beside?.leader).toBeUndefined();
    expect(away?.leader).toEqual({ x1: 110, y1: 105, x2: 200, y2: 105 });
  });
});
