// Right to left: the layout drawn left to right, then mirrored about the chart's vertical
// centre, so time runs from right to left, lane names stand on the right (time across) and
// the lanes, the date axis and the labels' column swap sides (time down). Every x becomes
// width - x; nothing else moves, so the label placer's guarantees (inside the chart, clear of
// marks, lane names and each other) hold in the mirror as they held before it.
import type { TimelineLayout } from "./layout.js";
import { PlacedMarks } from "./marks.js";

interface Span {
  x: number;
  width: number;
}

function flipped<T extends Span>(box: T, width: number): T {
  return { ...box, x: width - box.x - box.width };
}

export function mirrorLayout(layout: TimelineLayout): TimelineLayout {
  const { width } = layout;
  const vertical = layout.orientation === "vertical";
  const flip = (x: number) => width - x;
  const source = layout.marks;
  const marks = new PlacedMarks(source.length);
  marks.index.set(source.index);
  marks.y.set(source.y);
  marks.w.set(source.w);
  marks.h.set(source.h);
  marks.cy.set(source.cy);
  for (let m = 0; m < source.length; m++) {
    marks.x[m] = width - (source.x[m] as number) - (source.w[m] as number);
    marks.cx[m] = width - (source.cx[m] as number);
  }
  return {
    ...layout,
    direction: "rtl",
    plot: flipped(layout.plot, width),
    // Lanes run along x only when time runs down; ticks only when time runs across.
    lanes: vertical
      ? layout.lanes.map((lane) => ({ ...lane, start: width - lane.start - lane.size }))
      : layout.lanes,
    ticks: vertical ? layout.ticks : layout.ticks.map((tick) => ({ ...tick, at: flip(tick.at) })),
    marks,
    links: layout.links.mirrored(width),
    labels: layout.labels.map((label) => {
      const box = flipped(label.box, width);
      if (!label.leader) return { ...label, box };
      const { x1, x2 } = label.leader;
      return { ...label, box, leader: { ...label.leader, x1: flip(x1), x2: flip(x2) } };
    }),
    eras: layout.eras.map((era) => ({ ...era, box: flipped(era.box, width) })),
  };
}
