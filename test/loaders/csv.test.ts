import { describe, expect, it } from "vitest";
import { normaliseLineEndings, parseCsv } from "../../loaders/csv.ts";
import * as message from "../../loaders/messages.ts";
import { formatProblem } from "../../loaders/problem.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseCsv(utf8(text), "data/t.csv");
const lines = (text: string) => parse(text).records.map((r) => r.line);
const shown = (text: string) => parse(text).problems.map(formatProblem);

describe("parseCsv(bytes, file)", () => {
  it("leaves out comment rows, whose first cell starts with #, keeping later lines' numbers", () => {
    const { records, problems } = parse('id,title\n# example,"an example, commented"\nreal,Title\n');
    expect(records).toEqual([{ line: 3, cells: ["real", "Title"] }]);
    expect(problems).toEqual([]);
  });

  it("gives the header names with their columns and each record its start line", () => {
    const csv = parse("id,name\na,Alpha\nb,Beta\n");
    expect(csv.header).toEqual([
      { value: "id", column: 1 },
      { value: "name", column: 2 },
    ]);
    expect(csv.records).toEqual([
      { line: 2, cells: ["a", "Alpha"] },
      { line: 3, cells: ["b", "Beta"] },
    ]);
    expect(csv.problems).toEqual([]);
  });

  it("counts the lines inside quoted multi-line cells, so later records keep their lines", () => {
    expect(lines('id,text\na,"one\ntwo\nthree"\nb,x\nc,"4\n5"\nd,y')).toEqual([2, 5, 6, 8]);
  });

  it("keeps text cells verbatim: doubled quotes, commas, spaces and line breaks", () => {
    const cell = parse('id,text\na,"  He said ""no"",\n then left.  "\n').records[0]?.cells[1];
    expect(cell).toBe('  He said "no",\n then left.  ');
  });

  it("accepts a byte-order mark and strips it", () => {
    expect(parseCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("id\na\n")]), "t.csv").header).toEqual([
      { value: "id", column: 1 },
    ]);
  });

  it("reads CRLF, LF and CR line endings, also mixed in one file", () => {
    expect(lines("id,n\r\na,1\nb,2\r\nc,3\rd,4")).toEqual([2, 3, 4, 5]);
    expect(parse('id,n\r\na,"x\r\ny"\nb,2\r\n').records).toEqual([
      { line: 2, cells: ["a", "x\ny"] },
      { line: 4, cells: ["b", "2"] },
    ]);
  });

  it("does not turn the final line break into an empty record", () => {
    expect(parse("id\na\n").records).toHaveLength(1);
  });

  it("reads a header-only file as zero records and no problems", () => {
    expect(parse("id,name\n")).toMatchObject({ records: [], problems: [] });
  });

  it("returns no header for an empty or whitespace-only file (the validator reports it)", () => {
    expect(parse("")).toMatchObject({ header: [], records: [], problems: [] });
    expect(parse(" \n\r\n\t")).toMatchObject({ header: [], records: [], problems: [] });
  });

  it("reports an unclosed quote at the line where it opened", () => {
    expect(shown('id,text\na,x\nb,"never closed\nc,y\nd,z\n')).toEqual([
      'data/t.csv:3:2 text opens a quote that is never closed, so the rest of the file (2 more lines) was read into this cell; close the quote, and write "" for each " inside the text',
    ]);
  });

  it("reports an unclosed quote that opens on a later line of a multi-line record", () => {
    expect(parse('id,a,b\nx,"1\n2","open\n3\n').problems).toEqual([
      { file: "data/t.csv", line: 3, column: 3, severity: "error", message: message.unclosedQuote("b", 1) },
    ]);
  });

  it("reports a quote inside a quoted cell that is not doubled, and how far the cell ran", () => {
    expect(shown('id,text\na,"say "hi" now"\n')).toEqual([
      'data/t.csv:2:2 text has a quote inside a quoted cell that is not doubled; write "" for each " inside the text',
    ]);
    expect(parse('id,text\na,"x"y\nb,"z"\nc,w\n').problems.map((p) => [p.line, p.column, p.message])).toEqual(
      [[2, 2, message.strayQuote("text", 3)]],
    );
  });

  it("reports a row with too many or too few fields at the first extra or missing one", () => {
    expect(shown("id,a,b\nx,1,2,3\ny,1\n")).toEqual([
      'data/t.csv:2:4 row has 4 fields but the header has 3; put quotes around cells that contain commas ("like, this")',
      "data/t.csv:3:3 row has 2 fields but the header has 3; add the missing cells (empty ones are fine: ,,)",
    ]);
  });

  it("skips rows of only commas and spaces with one warning per run of them", () => {
    const csv = parse("id,a\nx,1\n,\n , \n\ny,2\n,\n");
    expect(csv.records.map((r) => r.cells[0])).toEqual(["x", "y"]);
    expect(csv.problems.map(formatProblem)).toEqual([
      "data/t.csv:3:1 warning: 3 blank rows ignored (lines 3-5)",
      "data/t.csv:7:1 warning: blank row ignored",
    ]);
  });

  it("refuses UTF-16 with or without a byte-order mark", () => {
    for (const bytes of [
      [0xff, 0xfe, 0x69, 0, 0x64, 0],
      [0xfe, 0xff, 0, 0x69, 0, 0x64],
      [0x69, 0, 0x64, 0],
    ]) {
      expect(parseCsv(new Uint8Array(bytes), "t.csv")).toMatchObject({
        header: [],
        problems: [{ message: message.utf16() }],
      });
    }
    expect(parseCsv(new Uint8Array([0xff, 0xfe]), "data/t.csv").problems.map(formatProblem)).toEqual([
      'data/t.csv:1:1 file is UTF-16, not UTF-8; save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8)',
    ]);
  });

  it("refuses a spreadsheet workbook saved under a .csv name", () => {
    expect(
      parseCsv(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]), "data/t.csv").problems.map(formatProblem),
    ).toEqual([
      'data/t.csv:1:1 file is a spreadsheet workbook, not CSV; save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8)',
    ]);
  });

  it("reports the first byte that is not UTF-8 at its line and column", () => {
    const bytes = new Uint8Array([...utf8('id,text\na,"one\ntw'), 0xe9, ...utf8('"\nb,c\xe9\n')]);
    expect(parseCsv(bytes, "data/t.csv").problems.map(formatProblem)).toEqual([
      'data/t.csv:3:2 text "one\\ntw\uFFFD" has a byte that is not UTF-8 (0xE9); save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8)',
    ]);
  });

  it("locates a bad byte after a genuine U+FFFD character", () => {
    const bytes = new Uint8Array([...utf8("id,text\na,\uFFFD\nb,x"), 0xc3]);
    expect(parseCsv(bytes, "t.csv").problems.map((p) => [p.line, p.column])).toEqual([[3, 2]]);
  });

  it("reads a semicolon-separated file as one column (it never guesses the delimiter)", () => {
    expect(parse("id;name\na;Alpha\n").header).toEqual([{ value: "id;name", column: 1 }]);
  });
});

describe("normaliseLineEndings(text)", () => {
  it("turns CRLF and lone CR into LF, keeping one line break per line", () => {
    expect(normaliseLineEndings("a\r\nb\rc\nd\r\r\n")).toBe("a\nb\nc\nd\n\n");
  });
});
