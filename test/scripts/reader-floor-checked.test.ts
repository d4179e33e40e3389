import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CheckedEvents } from "../../bench/reader-floor/checked-events.ts";
import { CheckedRecords } from "../../bench/reader-floor/checked-records.ts";
import { RangeColumn, RangeIds } from "../../bench/reader-floor/text-columns.ts";
import { writeSyntheticEvidence } from "../../bench/synthetic.ts";
import { readEvidence } from "../../loaders/evidence.ts";
import { events } from "../../loaders/schema/events.ts";
import { IdIndex } from "../../loaders/validate/id-index.ts";

// bench/reader-floor.ts's `columns-checked` mode is a figure in docs/performance.md for what
// today's checks of events.csv cost over character codes: these hold it to finding each
// problem where data:check's reader (readEvidence) finds it, so the figure is of real checks.
const root = mkdtempSync(join(tmpdir(), "dossier-reader-floor-checked-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const base = join(root, "synthetic");
writeSyntheticEvidence(base, { events: 300 });
const [actor, actor2] = readFileSync(join(base, "actors.csv"), "utf8")
  .split("\n")
  .slice(1, 3)
  .map((line) => line.split(",")[0] as string);
const source = readFileSync(join(base, "sources.csv"), "utf8").split("\n")[1]?.split(",")[0] as string;
const original = readFileSync(join(base, "events.csv"), "utf8");

/** An events.csv row; `cells` replace the valid row's cells by column name. */
function row(id: string, cells: Record<string, string> = {}): string {
  const valid: Record<string, string> = {
    id,
    date: "2019-01-01",
    end_date: "",
    date_note: "",
    actors: actor as string,
    kind: "report",
    title: "a title",
    summary: "a summary",
    status: "confirmed",
    sources: source,
    notes: "",
  };
  return events.columns.map((c) => cells[c.name] ?? valid[c.name]).join(",");
}

let folders = 0;
/** A copy of the synthetic folder whose events.csv ends with `rows` (line endings `eol`). */
function folder(rows: readonly string[], eol = "\n"): string {
  const dir = join(root, `case-${folders++}`);
  cpSync(base, dir, { recursive: true });
  writeFileSync(join(dir, "events.csv"), `${original}${rows.join("\n")}\n`.replaceAll("\n", eol));
  return dir;
}

/** Where data:check's reader finds errors in events.csv, as line:column. */
function today(dir: string): string[] {
  return readEvidence(dir)
    .problems.filter((p) => p.severity === "error" && p.file.endsWith("events.csv"))
    .map((p) => `${p.line}:${p.column}`);
}

function checked(dir: string): string[] {
  const index = (file: string) => {
    const ids = new IdIndex();
    for (const line of readFileSync(join(dir, file), "utf8").split("\n").slice(1))
      if (line) ids.add(line.slice(0, line.indexOf(",")));
    return ids;
  };
  const columns = [1, 2, 3, 4].map(() => new RangeColumn()) as [
    RangeColumn,
    RangeColumn,
    RangeColumn,
    RangeColumn,
  ];
  const table = new CheckedEvents(new RangeIds(true), index("sources.csv"), index("actors.csv"), ...columns);
  table.reader = new CheckedRecords(
    table,
    events.columns.map((c) => c.name),
  );
  // Small pieces, so records are cut at piece boundaries many times.
  table.reader.read(join(dir, "events.csv"), 1024);
  return table.reader.problems
    .map((p) => `${p.line}:${p.column}`)
    .sort((a, b) => {
      const [la, ca] = a.split(":").map(Number) as [number, number];
      const [lb, cb] = b.split(":").map(Number) as [number, number];
      return la - lb || ca - cb;
    });
}

const cases: [string, string[], string?][] = [
  ["nothing wrong", []],
  [
    "nothing wrong, with space to trim and a quoted line break",
    [
      row("event-z1", {
        date: " 2019-01-01 ",
        kind: " report",
        status: "confirmed ",
        actors: ` ${actor} ; ${actor2}`,
      }),
      row("event-z2", { title: '"two\nlines"', notes: '"a ""quoted"" note"' }),
      row("event-z3", { date: "2018~", end_date: "2019-03" }),
    ],
  ],
  [
    "an id that is not a slug, or empty, or used before",
    [row("Event Z"), row(""), row("event-000001"), row("event-z-")],
  ],
  [
    "empty required cells",
    [
      row("event-z1", { date: "" }),
      row("event-z2", { actors: "" }),
      row("event-z3", { kind: " " }),
      row("event-z4", { title: "" }),
      row("event-z5", { title: "  " }),
      row("event-z6", { status: "" }),
      row("event-z7", { sources: "" }),
    ],
  ],
  [
    "dates that are not dates, and ends before starts",
    [
      row("event-z1", { date: "2019-13-01" }),
      row("event-z2", { date: "2019-02-30" }),
      row("event-z3", { date: "2019-00" }),
      row("event-z4", { end_date: "2018-12" }),
      row("event-z5", { date: "2018~", end_date: "2017" }),
      row("event-z6", { date: "2019-06", end_date: "2019-06-01" }),
      row("event-z7", { date: "spring 2019" }),
    ],
  ],
  [
    "kinds, statuses and references",
    [
      row("event-z1", { kind: "Big Kind" }),
      row("event-z2", { kind: "big--kind" }),
      row("event-z3", { status: "maybe" }),
      row("event-z4", { status: "maybe" }),
      row("event-z5", { actors: "nobody" }),
      row("event-z6", { actors: `${actor};;${actor2}` }),
      row("event-z7", { actors: `${actor};` }),
      row("event-z8", { sources: `${source};source-nowhere` }),
    ],
  ],
  [
    "field counts, a line break in quotes before them, blank and comment rows",
    [
      row("event-z1", { title: '"a\ntitle"' }),
      `${row("event-z2")},extra`,
      ",,,,",
      "# a comment, with commas",
      row("event-z3").replace(/,[^,]*$/, ""),
      row("event-z4", { kind: "Bad" }),
    ],
  ],
  ["CRLF line ends", [row("event-z1", { title: '"a\r\ntitle"' }), row("event-z2", { kind: "Bad" })], "\r\n"],
  ["a stray quote", [row("event-z1", { title: '"a"b' }), row("event-z2", { kind: "Bad" })]],
  ["an unclosed quote", [row("event-z1", { kind: "Bad" }), row("event-z2", { notes: '"never closed' })]],
];

describe("columns-checked", () => {
  it.each(cases)("finds what data:check finds where it finds it: %s", (_name, rows, eol) => {
    const dir = folder(rows, eol);
    const expected = today(dir);
    expect(checked(dir)).toEqual(expected);
    if (rows.length && _name !== "nothing wrong, with space to trim and a quoted line break")
      expect(expected.length).toBeGreaterThan(0);
  });
});
