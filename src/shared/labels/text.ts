// Label text measured without a DOM, so the build and the browser place labels alike. Widths
// are DejaVu Sans's (in em), one of the widest system sans-serif fonts: text drawn in any
// narrower font takes less room than measured, never more.

const narrow = new Set([..."iljIf.,:;'!|()[]{} `\u2019\u2018"]);
const semi = new Set([...'rtJ-"/\\*']);
const wide = new Set([..."mwMW%@&—…"]);

/** One character's advance, in em. */
function advance(char: string): number {
  if (char === " ") return 0.32;
  if (narrow.has(char)) return 0.34;
  if (semi.has(char)) return 0.45;
  if (wide.has(char)) return 1.0;
  if (/[A-Z]/.test(char)) return 0.76;
  if (/[0-9$£€]/.test(char)) return 0.64;
  if (/[a-z]/.test(char)) return 0.62;
  // Anything else (accents, other scripts, emoji): a full em.
  return char.charCodeAt(0) < 0x250 ? 0.7 : 1.0;
}

/** Width of `text` in px at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * size;
}

/** A label's lines and the box they take at `font` (px), with the room the placers leave around text. */
export function labelBox(
  text: string,
  maxWidth: number,
  font: { readonly size: number; readonly line: number },
): { lines: string[]; width: number; height: number } {
  const lines = wrapText(text, maxWidth, font.size);
  const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, font.size)))) + 4;
  return { lines, width, height: lines.length * font.line + 2 };
}

/** Words broken into lines of at most `maxWidth` px (a word longer than that is cut to fit, with an ellipsis). */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= maxWidth) line = next;
    else {
      if (line) lines.push(line);
      line = textWidth(word, size) <= maxWidth ? word : cut(word, maxWidth, size);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function cut(word: string, maxWidth: number, size: number): string {
  const chars = [...word];
  while (chars.length > 1 && textWidth(`${chars.join("")}…`, size) > maxWidth) chars.pop();
  return `${chars.join("")}…`;
}
