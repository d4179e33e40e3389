import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { EventColumns } from "../../bench/reader-floor/columns.ts";
import { readRecords } from "../../bench/reader-floor/records.ts";
import { RangeColumn, RangeIds, StringColumn, StringIds } from "../../bench/reader-floor/text-columns.ts";
import { writeSyntheticEvidence } from "../../bench/synthetic.ts";
import { dateKey, isPartialDate, parseDate } from "../../loaders/dates.ts";
import { isoOf, notPlain, packDate } from "../../loaders/events/packed-dates.ts";
import { IdIndex } from "../../loaders/validate/id-index.ts";

// bench/reader-floor.ts's columnar modes are figures in docs/performance.md: these check that
// what they keep is what the file says, so the figures are of a reader that reads.
describe("packDate(text, start, end)", () => {
  it("packs every real day, month and year, back to the same text and in the same order", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          for (const iso of [day, day.slice(0, 7), day.slice(0, 4)]) {
            expect(isoOf(packDate(`,${iso},`, 1, iso.length + 1))).toBe(iso);
          }
          expect(packDate(day, 0, 4)).toBeLessThan(packDate(day, 0, 7));
          expect(packDate(day, 0, 7)).toBeLessThan(packDate(day, 0, 10));
        },
      ),
    );
  });

  it("leaves what is not a plain ISO date to the caller", () => {
    for (const text of [
      "2019-02-29",
      "2018-13",
      "2018-00-10",
      "2018-04-31",
      "2018~",
      "20189",
      "2018/04",
      "0000",
    ])
      expect(packDate(text, 0, text.length)).toBe(notPlain);
    expect(packDate("2020-02-29", 0, 10)).not.toBe(notPlain);
  });
});

describe("EventColumns", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-reader-floor-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeSyntheticEvidence(dir, { events: 500 });
  // Quoted cells with doubled quotes, dates that are not plain ISO and an id out of order, which
  // the synthetic rows lack.
  const [actor, source] = ["actors.csv", "sources.csv"].map(
    (file) => readFileSync(join(dir, file), "utf8").split("\n")[1]?.split(",")[0],
  );
  const odd = [
    `event-a,2018~,../2019-03,"a ""note""",${actor},kind,"title, with ""quotes""",,confirmed,${source},`,
    `event-b,2019-02-29,,,${actor},kind,"""quoted""",s,confirmed,${source};${source},"x\ny"`,
    // Out of id order, on a year other rows share: the order must sort that bucket by id.
    `event-0000005,2013,,,${actor},kind,t,s,confirmed,${source},`,
  ];
  const events = readFileSync(join(dir, "events.csv"), "utf8");
  writeFileSync(join(dir, "events.csv"), `${events}${odd.join("\n")}\n`);
  const index = (file: string) => {
    const ids = new IdIndex();
    for (const line of readFileSync(join(dir, file), "utf8").split("\n").slice(1))
      if (line) ids.add(line.slice(0, line.indexOf(",")));
    return ids;
  };
  const [, ...cells] = Papa.parse<string[]>(readFileSync(join(dir, "events.csv"), "utf8").trimEnd()).data;

  const read = (kind: string) => {
    const column = () => (kind === "strings" ? new StringColumn() : new RangeColumn());
    const ids = kind === "strings" ? new StringIds() : new RangeIds(kind === "ordered");
    const table = new EventColumns(
      ids,
      index("sources.csv"),
      index("actors.csv"),
      column(),
      column(),
      column(),
      column(),
    );
    // Small pieces, so records are cut at piece boundaries many times.
    readRecords(join(dir, "events.csv"), table, 1024);
    return table;
  };
  const modes = ["text", "ordered", "strings"];

  it.each(modes)("keeps every cell of events.csv as papaparse reads it (%s)", (kind) => {
    const table = read(kind);
    expect(table.unknown).toBe(0);
    expect(table.size).toBe(cells.length);
    for (let r = 0; r < table.size; r++) {
      const row = table.row(r);
      const [id, date, endDate, dateNote, actors, kind, title, summary, status, sources, notes] = cells[
        r
      ] as string[];
      expect(row).toEqual({
        id,
        date: date || undefined,
        endDate: endDate || undefined,
        dateNote,
        actors: actors ? actors.split(";") : [],
        kind,
        title,
        summary,
        status,
        sources: sources?.split(";"),
        notes,
      });
    }
  });

  it.each(modes)("orders the rows as compileEvidence orders events (%s)", (kind) => {
    const table = read(kind);
    const dateKeyOf = (text: string | undefined) => {
      const date = text ? parseDate(text) : undefined;
      return date && isPartialDate(date) ? dateKey(date) : undefined;
    };
    const expected = cells
      .map((row, r) => ({ r, id: row[0] as string, key: dateKeyOf(row[1]) }))
      .sort((a, b) =>
        a.key === b.key
          ? a.id < b.id
            ? -1
            : 1
          : a.key === undefined
            ? 1
            : b.key === undefined
              ? -1
              : a.key < b.key
                ? -1
                : 1,
      )
      .map(({ r }) => r);
    expect(Array.from(table.order())).toEqual(expected);
  });
});
