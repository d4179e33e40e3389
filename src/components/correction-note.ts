// A correction's note in the browser, from the words the build wrote (src/shared/correction-note.ts):
// attributes and text set by DOM calls, never parsed from markup.
import { type CorrectionWords, correctionNote, type NoteNode } from "../shared/correction-note.js";
import { el } from "./el.js";

function element(node: NoteNode): Node | string {
  return typeof node === "string" ? node : el(node.tag, node.attrs, ...node.children.map(element));
}

export function correctionNoteElement(words: CorrectionWords): Node {
  // The note is an element (a <p>), never bare text.
  return element(correctionNote(words)) as Node;
}
