// Where the kit's code names an investigation's words in text a page can show: string and
// template literals of its TypeScript and JavaScript, and its Markdown and CSS outside comments.
import { readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { sourceFiles } from "./imports.ts";
import { type LiteralText, literalTexts, plainTexts } from "./literal-texts.ts";
import { matchesIn, wordPatterns } from "./shipped-words.ts";

/** The kit's code: what the grep reads (tests, fixtures and data/ are not in it). */
export const kitRoots = ["src", "loaders", "scripts", "observablehq.config.ts"];

/** Every file of the kit's code under `root`: sources, and the Markdown and CSS src/ serves. */
export function kitFiles(root: string): string[] {
  const plain = readdirSync(join(root, "src"), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|css)$/.test(e.name) && !e.parentPath.includes(".observablehq"))
    .map((e) => posix.join(posix.relative(root, e.parentPath), e.name));
  return [...sourceFiles(root, kitRoots), ...plain].sort();
}

function textsOf(file: string, source: string): LiteralText[] {
  return /\.(md|css)$/.test(file) ? plainTexts(source) : literalTexts(file, source);
}

/** `file:line: "word" in "…context…"` for each of `words` in the page-visible text of `source`. */
export function kitWordFindings(file: string, source: string, words: readonly string[]): string[] {
  const patterns = wordPatterns(words);
  return textsOf(file, source).flatMap(({ line, text }) =>
    matchesIn(text, patterns).map((match) => `${file}:${line}: ${match}`),
  );
}
