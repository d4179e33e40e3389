// Placed marks as parallel typed arrays: tens of thousands are laid out again on every filter
// change, so there is no object per mark.
export interface PlacedMark {
  /** Index of the item in the view. */
  index: number;
  /** Box of the mark's extent in time (a bar for periods and imprecise dates). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Centre of the status symbol. */
  cx: number;
  cy: number;
}

/**
 * Every drawn mark, in time order, as parallel arrays: no object per mark, because tens of
 * thousands are laid out again on every filter change. `at(m)` gives one mark as an object.
 */
export class PlacedMarks implements Iterable<PlacedMark> {
  readonly index: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly h: Float64Array;
  readonly cx: Float64Array;
  readonly cy: Float64Array;

  constructor(readonly length: number) {
    this.index = new Int32Array(length);
    this.x = new Float64Array(length);
    this.y = new Float64Array(length);
    this.w = new Float64Array(length);
    this.h = new Float64Array(length);
    this.cx = new Float64Array(length);
    this.cy = new Float64Array(length);
  }

  at(m: number): PlacedMark | undefined {
    if (m < 0 || m >= this.length) return undefined;
    return {
      index: this.index[m] as number,
      x: this.x[m] as number,
      y: this.y[m] as number,
      w: this.w[m] as number,
      h: this.h[m] as number,
      cx: this.cx[m] as number,
      cy: this.cy[m] as number,
    };
  }

  /** The position of the mark of item `index` (view index), or -1: marks are in item order. */
  find(index: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.index[middle] as number;
      if (at === index) return middle;
      if (at < index) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  *[Symbol.iterator](): Iterator<PlacedMark> {
    for (let m = 0; m < this.length; m++) yield this.at(m) as PlacedMark;
  }
}
