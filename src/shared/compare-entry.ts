// The wire format of statements.json: what the build ships for the browser's comparison.
import type { CorrectionWords } from "./correction-note.js";

/** A statement as the comparison needs it when the page does not hold them all (statements.json). */
export interface CompareEntry {
  id: string;
  label: string;
  caption: string;
  href: string;
  text: string;
  /** Its corrections in the site's words, newest first (absent: never corrected). */
  corrections?: CorrectionWords[];
}
