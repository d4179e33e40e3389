// The shipped investigation's own words, read from data/ itself (so a new actor or outlet there
// is searched for too): what neither the kit's code nor another investigation's pages may show.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";

const shipped = resolve("data");

/** Words of the story that are in no table's name column. */
export const storyWords = [
  "Facebook",
  "Cambridge",
  "Cambridge Analytica",
  "87 million",
  "Wall Street Journal",
  "Messenger",
  "JPMorgan",
  "WSJ",
] as const;

function column(file: string, name: string): string[] {
  const text = readFileSync(join(shipped, file), "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" }).data.map(
    (row) => row[name]?.trim() ?? "",
  );
}

/**
 * A name and the names inside it: "Reuters via Yahoo" is also "Reuters" and "Yahoo",
 * "Vox/Recode" also "Vox" and "Recode", "Valor (Brazil)" also "Valor"; with `inner` (actors,
 * whose parentheses hold another name: "Alphabet (Google)", "… (FTC)") the parentheses' name too.
 */
export function namesIn(name: string, { inner = false } = {}): string[] {
  const within = inner ? [...name.matchAll(/\(([^)]*)\)/g)].map((m) => (m[1] as string).trim()) : [];
  const outer = name.replace(/\s*\([^)]*\)/g, "").trim();
  const parts = [outer, ...within].flatMap((s) => s.split(/\s*\/\s*|\s+via\s+/));
  return [...new Set([name, ...parts].map((s) => s.trim()).filter((s) => s.length >= 3))];
}

/** Every actor name of data/actors.csv, every outlet of data/sources.csv, and the story's words. */
export function shippedWords(): string[] {
  const names = [
    ...column("actors.csv", "name").flatMap((name) => namesIn(name, { inner: true })),
    ...column("sources.csv", "outlet").flatMap((outlet) => namesIn(outlet)),
  ];
  return [...new Set([...storyWords, ...names])].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A short all-capitals name (ICO, SEC, AFP): matched in capitals only, so ".ico" or "sec" is not it. */
const isAcronym = (word: string) => /^[\p{Lu}\p{N}]{2,5}$/u.test(word);

/**
 * Patterns for whole words, case-insensitive but for acronyms: "Amazon" finds "amazon." but not
 * "Amazonas"; "ICO" finds "ICO" but not "favicon.ico".
 */
export function wordPatterns(words: readonly string[]): RegExp[] {
  const whole = (list: readonly string[]) =>
    list.map((w) => `(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`).join("|");
  const acronyms = words.filter(isAcronym);
  const others = words.filter((w) => !isAcronym(w));
  return [
    ...(others.length ? [new RegExp(whole(others), "giu")] : []),
    ...(acronyms.length ? [new RegExp(whole(acronyms), "gu")] : []),
  ];
}

/** Each match of `patterns` in `text` with a few words around it, for a readable failure. */
export function matchesIn(text: string, patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => {
      const at = m.index ?? 0;
      const around = text.slice(Math.max(0, at - 40), at + m[0].length + 40).replace(/\s+/g, " ");
      return `"${m[0]}" in "…${around}…"`;
    }),
  );
}
