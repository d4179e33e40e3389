// fast-check generators of events.csv files for the differential test of the columnar reader
// (read-columns.test.ts): mostly valid files written the many ways a spreadsheet or a hand edit
// writes them (cells padded, quoted with doubled quotes and line breaks, EDTF dates, CR, CRLF,
// a byte-order mark, comment rows, extra and missing optional columns, columns in another
// order, ids in and out of order), and now and then something today's reader reports (a bad
// cell, a blank row, a field too many, a stray or unclosed quote, bytes that are not UTF-8).
import fc from "fast-check";
import { events } from "../../../loaders/schema/events.ts";
import { anyText } from "../evidence-arbitrary.ts";

export const sourceIds = ["src-a", "src-b", "src-c"];
export const actorIds = ["act-a", "act-b", "act-c"];
/** Event ids in ascending order; a few clash with another table's or are not slugs. */
const goodIds = ["ev-a", "ev-b", "ev-c", "ev-d", "ev-e", "ev-f"];
const badIds = ["", "Ev-Bad", "ev--x", "src-a", "act-b", "ev-a"];

const sometimes = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 50, arbitrary: usual }, { weight: 1, arbitrary: rare });
const padding = fc.constantFrom("", "", "", " ", "\t", "\u00a0", " \u2003");
const padded = (values: fc.Arbitrary<string>) =>
  fc.tuple(padding, values, padding).map(([a, v, b]) => `${a}${v}${b}`);

const goodDates = [
  "2018",
  "2018-08",
  "2018-08-06",
  "2000-02-29",
  "2018-08~",
  "2018?",
  "201X",
  "2017-08/2018-08",
  "../2018-08-06",
  "2018-08-06/..",
  "0000",
  "2018-08-06%",
];
const badDates = [
  "2018-02-30",
  "2018-00",
  "2018-21",
  "2018-08-06T10:00",
  "2018/",
  "18-08-06",
  "1900-02-29",
  "x",
  "..",
];
const date = sometimes(padded(fc.constantFrom(...goodDates)), fc.constantFrom(...badDates, ""));
const endDate = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: padded(fc.constantFrom(...goodDates, "2019", "2017", "2018-08-05", "2018-07")) },
  { weight: 1, arbitrary: fc.constantFrom(...badDates) },
);
const list = (ids: readonly string[]) =>
  sometimes(
    fc
      .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 })
      .chain((items) =>
        fc
          .tuple(fc.constantFrom(";", "; ", " ;", " ; "), padding)
          .map(([sep, pad]) => `${pad}${items.join(sep)}`),
      ),
    fc.constantFrom("", " ", `${ids[0]};;${ids[1]}`, `${ids[0]};`, "nobody", `${ids[0]}; nobody`, ";"),
  );
const kind = sometimes(
  padded(fc.constantFrom("report", "request", "lawsuit", "a-b-1")),
  fc.constantFrom("", "Bad Kind", "a--b", "-a"),
);
const status = sometimes(
  padded(fc.constantFrom("reported", "confirmed", "denied", "disputed")),
  fc.constantFrom("", "unknown", "Reported", "constructor"),
);
const text = fc.oneof(anyText, fc.constantFrom("", "  ", "a title", '"quoted" words', "one\ntwo"));
const title = sometimes(
  anyText.filter((t) => t.trim() !== ""),
  fc.constantFrom("", " \t "),
);

/** A cell written as it is, not quoted by toCsv: what a hand edit might leave. */
export interface Verbatim {
  verbatim: string;
}
const verbatim = fc.constantFrom<Verbatim>(
  { verbatim: '"ab"c' },
  { verbatim: 'a"b' },
  { verbatim: '"a" ' },
  { verbatim: '"unclosed' },
  { verbatim: '""' },
  { verbatim: '"x""y"' },
);

const cellsOf: Record<string, fc.Arbitrary<string>> = {
  date,
  end_date: endDate,
  date_note: text,
  actors: list(actorIds),
  kind,
  title,
  summary: text,
  status,
  sources: list(sourceIds),
  notes: text,
};

export interface EventsFile {
  /** Rows as written, header first; a cell is a string or one written verbatim. */
  rows: (string | Verbatim)[][];
  quoteAll: boolean[];
  endings: string[];
  bom: boolean;
  finalEnding: boolean;
  /** Write a byte that is not UTF-8 into the file. */
  badByte: boolean;
}

const header = fc.record({
  order: fc.shuffledSubarray(
    events.columns.map((_, i) => i),
    { minLength: events.columns.length, maxLength: events.columns.length },
  ),
  shuffle: fc.boolean(),
  drop: fc.subarray(["end_date", "date_note", "summary", "notes"]),
  extra: fc.constantFrom([], [], ["passthrough"], ["passthrough", "more"]),
  broken: sometimes(fc.constant(undefined), fc.constantFrom("tittle", "id", "")),
});

const extraRows = fc.array(fc.constantFrom("comment", "blank", "short", "long", "verbatim"), {
  maxLength: 1,
});

export const eventsFile: fc.Arbitrary<EventsFile> = fc
  .record({
    header,
    ids: fc.oneof(
      fc.shuffledSubarray(goodIds, { minLength: 0, maxLength: goodIds.length }),
      fc.subarray(goodIds),
      fc.array(sometimes(fc.constantFrom(...goodIds), fc.constantFrom(...badIds)), { maxLength: 6 }),
    ),
    extraRows,
    quoteAll: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    endings: fc.array(fc.constantFrom("\n", "\n", "\r\n", "\r"), { minLength: 1, maxLength: 3 }),
    bom: fc.boolean(),
    finalEnding: fc.boolean(),
    badByte: fc.oneof(
      { weight: 30, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
    seed: fc.nat(),
  })
  .chain(({ header: h, ids, extraRows: extras, seed, ...layout }) => {
    const names = events.columns.map((c) => c.name).filter((n) => !h.drop.includes(n));
    const ordered = h.shuffle
      ? h.order.map((i) => events.columns[i]?.name as string).filter((n) => names.includes(n))
      : names;
    const headerRow = [...ordered, ...h.extra];
    if (h.broken !== undefined) headerRow[1 + (seed % (headerRow.length - 1))] = h.broken;
    const row = (id: string) =>
      fc
        .tuple(
          padded(fc.constant(id)),
          fc.tuple(
            ...ordered
              .slice(0)
              .map((n) => (n === "id" ? fc.constant("") : (cellsOf[n] as fc.Arbitrary<string>))),
          ),
          fc.tuple(...h.extra.map(() => fc.oneof(fc.constant(""), anyText))),
        )
        .map(([idCell, cells, extra]) => [
          ...ordered.map((n, i) => (n === "id" ? idCell : (cells[i] as string))),
          ...extra,
        ]);
    const special = (what: string, width: number): fc.Arbitrary<(string | Verbatim)[]> => {
      if (what === "comment") return fc.constant(['# a comment, with a quote " in it']);
      if (what === "blank") return fc.constant(Array.from({ length: width }, () => " "));
      if (what === "short") return row("ev-z").map((cells) => cells.slice(1));
      if (what === "long") return row("ev-z").map((cells) => [...cells, "x"]);
      return fc.tuple(row("ev-z"), verbatim, fc.nat()).map(([cells, v, at]) => {
        const out: (string | Verbatim)[] = [...cells];
        out[at % cells.length] = v;
        return out;
      });
    };
    return fc
      .tuple(
        fc.tuple(...ids.map(row)),
        fc.tuple(...extras.map((e) => special(e, headerRow.length))),
        fc.nat(),
      )
      .map(([rows, more, at]) => {
        const all: (string | Verbatim)[][] = [...rows];
        for (const [k, r] of more.entries()) all.splice((at + k) % (all.length + 1), 0, r);
        return { rows: [headerRow, ...all], ...layout };
      });
  });

/** The bytes of the file. */
export function eventsBytes(file: EventsFile): Uint8Array {
  let text = "";
  file.rows.forEach((cells, r) => {
    const line = cells.map((c, i) =>
      typeof c !== "string"
        ? c.verbatim
        : /[",\r\n]/.test(c) || file.quoteAll[(r + i) % file.quoteAll.length]
          ? `"${c.replace(/"/g, '""')}"`
          : c,
    );
    const last = r === file.rows.length - 1;
    text +=
      line.join(",") + (last && !file.finalEnding ? "" : (file.endings[r % file.endings.length] ?? "\n"));
  });
  const bytes = new TextEncoder().encode(`${file.bom ? "\uFEFF" : ""}${text}`);
  if (!file.badByte || bytes.length < 2) return bytes;
  const bad = new Uint8Array(bytes.length + 1);
  const at = Math.floor(bytes.length / 2);
  bad.set(bytes.subarray(0, at));
  bad[at] = 0xff;
  bad.set(bytes.subarray(at), at + 1);
  return bad;
}
