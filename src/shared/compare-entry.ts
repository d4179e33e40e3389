// The wire format of statements.json: what the build ships for the browser's comparison.

/** A statement as the comparison needs it when the page does not hold them all (statements.json). */
export interface CompareEntry {
  id: string;
  label: string;
  caption: string;
  href: string;
  text: string;
}
