// The part of the `edtf` package (inukshuk/edtf.js, BSD-2-Clause) loaders/edtf.ts uses: its
// parser, which returns the parse tree as plain objects and throws on text it cannot read.
declare module "edtf" {
  export interface EdtfNode {
    type: string;
    level: number;
    /** A date's numbers (year, month counted from 0, day, …) or an interval's two sides. */
    values: (number | EdtfNode | null)[];
    approximate?: boolean | number;
    uncertain?: boolean | number;
    /** Bit mask of the digits written X: year 0-3 (from the left), month 4-5, day 6-7. */
    unspecified?: number;
  }
  export function parse(text: string, options?: { level?: 0 | 1 | 2 | 3 }): EdtfNode;
}
