// Which label goes first when not every label fits, on every chart alike: the guided story's
// steps first, in story order, then the other annotations in the order of annotations.csv.

/** Lower goes first: a step's number, else after every step, in file order (`index`). */
export function storyPriority(annotation: { step?: number | undefined }, index: number): number {
  return annotation.step !== undefined ? annotation.step : 1e9 + index;
}
