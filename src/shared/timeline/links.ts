// Links between lanes as parallel typed arrays, like the marks (marks.ts): a third of the items
// of a large timeline link to other lanes, and an object and a list of dots for each, made again
// on every filter change, cost more than placing them.

export interface PlacedLink {
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the link meets the other lanes. */
  dots: { x: number; y: number }[];
}

/** Every link, in mark order; link l's dots are dotX/dotY[dotStart[l] .. dotStart[l + 1]). */
export class PlacedLinks implements Iterable<PlacedLink> {
  length = 0;
  readonly index: Int32Array;
  readonly x1: Float64Array;
  readonly y1: Float64Array;
  readonly x2: Float64Array;
  readonly y2: Float64Array;
  readonly dotStart: Int32Array;
  readonly dotX: Float64Array;
  readonly dotY: Float64Array;
  private dots = 0;

  /** Room for `capacity` links and `dotCapacity` dots in all. */
  constructor(capacity: number, dotCapacity: number) {
    this.index = new Int32Array(capacity);
    this.x1 = new Float64Array(capacity);
    this.y1 = new Float64Array(capacity);
    this.x2 = new Float64Array(capacity);
    this.y2 = new Float64Array(capacity);
    this.dotStart = new Int32Array(capacity + 1);
    this.dotX = new Float64Array(dotCapacity);
    this.dotY = new Float64Array(dotCapacity);
  }

  /** Adds a dot to the link being made. */
  dot(x: number, y: number): void {
    this.dotX[this.dots] = x;
    this.dotY[this.dots] = y;
    this.dots++;
  }

  /** Ends the link of item `index` with the dots added since the last; none if it has no dot. */
  close(index: number, x1: number, y1: number, x2: number, y2: number): void {
    const l = this.length;
    if (this.dots === this.dotStart[l]) return;
    this.index[l] = index;
    this.x1[l] = x1;
    this.y1[l] = y1;
    this.x2[l] = x2;
    this.y2[l] = y2;
    this.length = l + 1;
    this.dotStart[l + 1] = this.dots;
  }

  at(l: number): PlacedLink | undefined {
    if (l < 0 || l >= this.length) return undefined;
    const dots: { x: number; y: number }[] = [];
    for (let d = this.dotStart[l] as number; d < (this.dotStart[l + 1] as number); d++)
      dots.push({ x: this.dotX[d] as number, y: this.dotY[d] as number });
    return {
      index: this.index[l] as number,
      x1: this.x1[l] as number,
      y1: this.y1[l] as number,
      x2: this.x2[l] as number,
      y2: this.y2[l] as number,
      dots,
    };
  }

  /** The same links with every x mirrored to `width - x` (mirror.ts). */
  mirrored(width: number): PlacedLinks {
    const copy = new PlacedLinks(this.length, this.dots);
    copy.length = this.length;
    copy.dots = this.dots;
    copy.index.set(this.index.subarray(0, this.length));
    copy.y1.set(this.y1.subarray(0, this.length));
    copy.y2.set(this.y2.subarray(0, this.length));
    copy.dotStart.set(this.dotStart.subarray(0, this.length + 1));
    copy.dotY.set(this.dotY.subarray(0, this.dots));
    for (let l = 0; l < this.length; l++) {
      copy.x1[l] = width - (this.x1[l] as number);
      copy.x2[l] = width - (this.x2[l] as number);
    }
    for (let d = 0; d < this.dots; d++) copy.dotX[d] = width - (this.dotX[d] as number);
    return copy;
  }

  *[Symbol.iterator](): Iterator<PlacedLink> {
    for (let l = 0; l < this.length; l++) yield this.at(l) as PlacedLink;
  }
}
