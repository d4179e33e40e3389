import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReader, type CsvRecord, parseCsv } from "../../loaders/csv.ts";
import * as message from "../../loaders/messages.ts";
import { error } from "../../loaders/problem.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** parseCsv with every chunk size from 1 byte to the whole file. */
function everyChunking(bytes: Uint8Array) {
  return Array.from({ length: Math.max(bytes.length, 1) }, (_, i) => parseCsv(bytes, "t.csv", i + 1));
}

function expectSameInAnyChunks(bytes: Uint8Array) {
  const once = parseCsv(bytes, "t.csv", bytes.length + 1);
  for (const chunked of everyChunking(bytes)) expect(chunked).toEqual(once);
  return once;
}

describe("CsvReader: a file in chunks reads as the whole file does", () => {
  it("parseCsv(bytes, file, chunk) keeps a quoted multi-line cell cut by chunk boundaries", () => {
    const csv = expectSameInAnyChunks(utf8('id,text\na,"one\ntwo, ""three""\nfour"\nb,x\n'));
    expect(csv.records).toEqual([
      { line: 2, cells: ["a", 'one\ntwo, "three"\nfour'] },
      { line: 5, cells: ["b", "x"] },
    ]);
  });

  it("parseCsv(bytes, file, chunk) reads a CRLF cut between CR and LF as one line break", () => {
    const csv = expectSameInAnyChunks(utf8('id,n\r\na,1\r\nb,"x\r\ny"\r\nc,3\r\n'));
    expect(csv.records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it("parseCsv(bytes, file, chunk) strips a byte-order mark cut by a chunk boundary", () => {
    const csv = expectSameInAnyChunks(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("id\na\n")]));
    expect(csv.header).toEqual([{ value: "id", column: 1 }]);
  });

  it("parseCsv(bytes, file, chunk) locates a byte that is not UTF-8 cut by a chunk boundary", () => {
    const bytes = new Uint8Array([...utf8('id,text\na,"one\ntw'), 0xe2, 0x82, ...utf8('"\nb,c\n')]);
    const csv = expectSameInAnyChunks(bytes);
    expect(csv.problems).toEqual([error("t.csv", 3, 2, message.notUtf8("text", "one\ntw\uFFFD", 0xe2))]);
  });

  it("parseCsv(bytes, file, chunk) reports quotes, field counts and blank rows at the same places", () => {
    const csv = expectSameInAnyChunks(utf8('id,a\nx,"say "hi" now"\ny,1,2\n,\n\nz,"open\nw,1\n'));
    expect(csv.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 2],
      [6, 2],
      [3, 3],
      [4, 1],
    ]);
  });

  it("parseCsv(bytes, file, chunk) gives the same result for any CSV-like bytes in any chunks (property)", () => {
    const piece = fc.constantFrom(
      "a",
      "b1",
      ",",
      '"',
      '""',
      "\n",
      "\r",
      "\r\n",
      " ",
      "é",
      "\uFFFD",
      "#",
      "𝄞",
      "\uFEFF",
    );
    const bytes = fc
      .tuple(
        fc.array(piece, { maxLength: 80 }),
        fc.option(fc.integer({ min: 0x80, max: 0xff })),
        fc.boolean(),
      )
      .map(([pieces, bad, bom]) => {
        const text = utf8(pieces.join(""));
        const at = text.length >> 1;
        const middle = bad === null ? [] : [bad];
        return new Uint8Array([
          ...(bom ? [0xef, 0xbb, 0xbf] : []),
          ...text.slice(0, at),
          ...middle,
          ...text.slice(at),
        ]);
      });
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 16 }), (b, size) => {
        expect(parseCsv(b, "t.csv", size)).toEqual(parseCsv(b, "t.csv", b.length + 1));
      }),
    );
  });

  it("reads a record longer than many chunks once per doubling, not once per chunk", () => {
    const long = "x".repeat(50_000);
    const csv = parseCsv(utf8(`id,text\na,"${long}"\n`), "t.csv", 64);
    expect(csv.records[0]?.cells[1]).toHaveLength(50_000);
  });

  it("hands each record to the handler as it completes, after the header", () => {
    const seen: (string | CsvRecord)[] = [];
    const reader = new CsvReader("t.csv", {
      header: (header) => seen.push(header.map((c) => c.value).join("|")),
      record: (cells, line) => seen.push({ line, cells }),
    });
    reader.write(utf8("id,n\na,1\nb,"));
    expect(seen).toEqual(["id|n", { line: 2, cells: ["a", "1"] }]);
    reader.write(utf8("2\n"));
    expect(reader.end()).toMatchObject({
      header: [{ value: "id" }, { value: "n" }],
      records: [],
      problems: [],
    });
    expect(seen.at(-1)).toEqual({ line: 3, cells: ["b", "2"] });
  });
});
