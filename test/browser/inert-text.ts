// The multi-line cells of the hostile fixture and what would show they became markup. Each such
// cell starts with MDSTART<tag> and holds one line per Markdown syntax, each with its own
// marker word (MDHEAD<tag>, MDLINK<tag>, …; tag = table code, row, column, e.g. ev1title).
// Read as text, a marker keeps the syntax typed before it ("# MDHEADev1title"), in an element
// that holds the whole cell (or its start, when a page shortens it); read as Markdown, it loses
// that syntax and stands alone in an <h1>, an <a>, an <img alt>, …
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import Papa from "papaparse";
import { schemas } from "../../loaders/schema/index.ts";
import { csvRows } from "./evidence-pages.ts";

export interface MultilineCells {
  /** Marker word -> its line as typed up to the word, whitespace runs as one space. */
  typed: Record<string, string>;
  /** Cell tag -> its non-blank lines as typed, whitespace runs as one space, trimmed. */
  lines: Record<string, string[]>;
  /** Cell tag -> the cell exactly. */
  cells: Record<string, string>;
}

const markerWord = /MD[A-Z]+[a-z]{2}\d+[a-z]+/g;
const collapse = (s: string) => s.replace(/\s+/g, " ");

export function multilineCells(dir: string): MultilineCells {
  const found: MultilineCells = { typed: {}, lines: {}, cells: {} };
  // An optional table's file may be absent (annotations.csv).
  for (const schema of schemas.filter((s) => existsSync(join(dir, s.file))))
    for (const row of csvRows(dir, schema.file))
      for (const cell of Object.values(row)) {
        const tag = /^MDSTART([a-z]{2}\d+[a-z]+) /.exec(cell)?.[1];
        if (!tag) continue;
        found.cells[tag] = cell;
        found.lines[tag] = cell
          .split("\n")
          .filter((line) => line.trim())
          .map((line) => collapse(line).trim());
        for (const line of cell.split("\n"))
          for (const word of line.match(markerWord) ?? [])
            if (!word.startsWith("MDSTART"))
              found.typed[word] = collapse(line.slice(0, line.indexOf(word) + word.length));
      }
  return found;
}

const tables: Record<string, string> = {
  so: "sources",
  ac: "actors",
  ev: "events",
  st: "statements",
  cl: "claims",
  fi: "figures",
};

/** `made <h1> from events.title (MDHEAD)`: a finding as a journalist would locate it. */
export function describeFinding(finding: Finding): string {
  const [, kind, table = "", column] = /^MD([A-Z]+)([a-z]{2})\d+([a-z]+)$/.exec(finding.marker) ?? [];
  return `${finding.rule} <${finding.tag}> from ${tables[table] ?? table}.${column} (MD${kind})`;
}

export interface Finding {
  rule: "syntax dropped in" | "made" | "attribute of" | "code in" | "typed line not shown in";
  tag: string;
  marker: string;
}

/**
 * Runs in the page: every sign under `root` that a multi-line cell was read as Markdown or code.
 * Self-contained (page.evaluate sends its source), hence no helpers from outside.
 */
export function findMarkup({ cells, root }: { cells: MultilineCells; root: string }): Finding[] {
  const found = new Map<string, Finding>();
  const add = (rule: Finding["rule"], tag: string, marker: string) =>
    found.set(`${rule}|${tag}|${marker}`, { rule, tag, marker });
  const words = (s: string) => s.match(/MD[A-Z]+[a-z]{2}\d+[a-z]+/g) ?? [];
  const flat = (s: string) => s.replace(/\s+/g, " ");
  const cellOf = (word: string) => word.replace(/^MD[A-Z]+/, "");
  const made = /^(h[1-6]|li|ul|ol|a|img|table|thead|tbody|tr|th|td|blockquote|code|pre|em|strong|hr)$/;
  const top = document.querySelector(root);
  if (!top) return [{ rule: "typed line not shown in", tag: root, marker: "MDNOROOTxx0x" }];
  // 1. A text node that holds a marker holds the syntax typed before it: "# MDHEAD…", not "MDHEAD…".
  const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
  let shown = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style")) continue;
    const text = node.textContent ?? "";
    if (!parent.closest("svg")) shown += text;
    // A word diff's <ins>/<del> interleave two texts (its own test checks each side exactly).
    if (parent.closest("ins, del")) continue;
    // An embed snippet is HTML source for editors: the text in its attributes is escaped as HTML
    // requires (&lt;, &quot;), by design; a textarea shows it as text and makes nothing of it.
    if (parent.closest("textarea")) continue;
    // Read past the spans a renderer wraps words in, and a drawing's lines (<tspan>s of one
    // <text>, a label wrapped to the chart's width: the space where a line breaks is not drawn,
    // so there whitespace is not compared); Markdown makes none of them.
    let holder: Element = parent;
    while (/^(span|mark|tspan)$/.test(holder.localName) && holder.parentElement)
      holder = holder.parentElement;
    const drawn = holder.localName === "text" && Boolean(holder.closest("svg"));
    const comparable = (s: string) => (drawn ? s.replace(/\s+/g, "") : flat(s));
    for (const word of words(text)) {
      const typed = cells.typed[word];
      if (typed && !comparable(holder.textContent ?? "").includes(comparable(typed)))
        add("syntax dropped in", parent.localName, word);
    }
  }
  for (const el of [top, ...top.querySelectorAll("*")]) {
    // 2. An element Markdown makes holds the whole cell, never one line of it.
    if (made.test(el.localName) && !el.closest("script, style"))
      for (const word of words(el.textContent ?? ""))
        if (!word.startsWith("MDSTART") && !(el.textContent ?? "").includes(`MDSTART${cellOf(word)}`))
          add("made", el.localName, word);
    // 3. An attribute that holds a marker holds the syntax typed before it (a link's href does not).
    // A text fragment (#:~:text=…) holds a quote's first and last words, percent-encoded, to find
    // them on the source's page: words cut from the quote by design, never markup.
    for (const attr of el.attributes)
      for (const word of words(attr.value.replace(/:~:text=[^#]*$/, "")))
        if (!word.startsWith("MDSTART") && !flat(attr.value).includes(cells.typed[word] ?? word))
          add("attribute of", `${el.localName} ${attr.name}`, word);
    // 4. No code that runs holds a marker (`${…}` compiled into a cell).
    if (el.localName === "script" && !/json/i.test(el.getAttribute("type") ?? ""))
      for (const word of words(el.textContent ?? "")) add("code in", "script", word);
  }
  // 5. A cell the page shows whole (start and last line, outside drawings) shows every typed line.
  const page = flat(shown);
  for (const [tag, lines] of Object.entries(cells.lines))
    if (page.includes(`MDSTART${tag}`) && words(lines[lines.length - 1] ?? "").some((w) => page.includes(w)))
      for (const line of lines)
        if (!page.includes(line)) add("typed line not shown in", root, words(line)[0] ?? `MDSTART${tag}`);
  return [...found.values()];
}

/** Every data file readers download (charts/<id>.csv and .json, Framework's _file/), relative to `siteDir`; not the vega specs. */
export function downloadFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(csv|json)$/.test(entry.name))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)))
    .filter((file) => /^(charts|_file)\//.test(file) && !/\.v[lg]\.json$/.test(file))
    .sort();
}

/** The strings of a download: every CSV cell, or every string in the JSON. */
export function downloadStrings(path: string): string[] {
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".csv")) return Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat();
  const strings: string[] = [];
  JSON.parse(text, (_key, value) => {
    if (typeof value === "string") strings.push(value);
    return value;
  });
  return strings;
}

/** Strings of a download that hold part of a multi-line cell but not the whole cell, exactly. */
export function inexactCells(strings: readonly string[], cells: MultilineCells): string[] {
  return strings.flatMap((s) => {
    const tags = new Set(
      (s.match(markerWord) ?? [])
        .map((word) => word.replace(/^MD[A-Z]+/, ""))
        .filter((tag) => cells.cells[tag]),
    );
    return [...tags]
      .filter((tag) => !s.includes(cells.cells[tag] ?? ""))
      .map((tag) => `${tag}: ${s.slice(0, 80)}`);
  });
}
