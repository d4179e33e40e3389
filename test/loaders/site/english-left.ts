// Finding English kit text on a page rendered in another language: the English catalogue's
// messages the other language does not share, looked for in what a reader is shown, after the
// evidence's own words (its CSV cells, never translated) are taken out.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { en } from "../../../src/shared/locale/catalogues/en/index.ts";
import { catalogues } from "../../../src/shared/locale/catalogues/index.ts";
import type { Message } from "../../../src/shared/locale/message.ts";

const texts = (message: Message) => (typeof message === "string" ? [message] : Object.values(message));

/** The fixed words of a message: its texts cut at placeholders, the pieces long enough to mean something. */
function fragments(message: Message): string[] {
  return texts(message)
    .flatMap((text) => text.split(/\{[a-zA-Z]+\}/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 12);
}

/** English words the other language does not share (a name, a file format, "Links" is both). */
export function englishOnly(language: string): { pieces: string[]; whole: Set<string> } {
  const other = JSON.stringify(catalogues[language]);
  const pieces = [...new Set(Object.values(en).flatMap(fragments))].filter((piece) => !other.includes(piece));
  const theirs = new Set(Object.values(catalogues[language] ?? {}).flatMap(texts));
  const whole = new Set(
    Object.values(en)
      .flatMap(texts)
      .filter((text) => !/\{/.test(text) && /\p{L}{3}/u.test(text) && !theirs.has(text))
      .map((text) => text.trim()),
  );
  return { pieces, whole };
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#36": "$",
  "#96": "`",
};
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#36|#96|#10|#13);/g, (_, e: string) => entities[e] ?? " ");

/** What a reader (or a screen reader) gets from a page: text nodes, and labels, titles and alt texts. */
export function shownTexts(html: string): string[] {
  const page = html
    .replace(/<meta name="dossier-messages"[^>]*>/, "")
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|```js[\s\S]*?```/g, " ");
  const attributes = [...page.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map(
    (m) => m[1] ?? "",
  );
  const nodes = page.split(/<[^>]*>/);
  return [...attributes, ...nodes].map((s) => decode(s).replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** Every cell of the folder's CSVs, longest first: the evidence's words, taken out before looking. */
export function cellsOf(dir: string): string[] {
  const cells = readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .flatMap((f) =>
      Papa.parse<string[]>(readFileSync(join(dir, f), "utf8").replace(/^\uFEFF/, "")).data.flat(),
    )
    .flatMap((cell) => [cell, ...cell.split(/\s*[;|]\s*/)])
    .map((cell) => cell.trim())
    .filter((cell) => cell.length >= 3);
  return [...new Set(cells)].sort((a, b) => b.length - a.length);
}

/** `where: "piece" in "…text…"` for each English piece or whole message left in `html`. */
export function englishLeft(
  where: string,
  html: string,
  cells: readonly string[],
  language = "de",
): string[] {
  const { pieces, whole } = englishOnly(language);
  // A cell may be shown with a capital first letter (a unit as a column header).
  const own = new Set(cells.flatMap((c) => [c, c.charAt(0).toLocaleUpperCase() + c.slice(1)]));
  return shownTexts(html).flatMap((shown) => {
    if (own.has(shown)) return [];
    if (whole.has(shown)) return [`${where}: "${shown}"`];
    let text = shown;
    for (const cell of cells) if (text.includes(cell)) text = text.split(cell).join(" ¤ ");
    return pieces
      .filter((piece) => text.includes(piece))
      .map((piece) => `${where}: "${piece}" in "${shown.slice(0, 120)}"`);
  });
}
