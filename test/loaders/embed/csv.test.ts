import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, rowsToCsv } from "../../../loaders/embed/csv.ts";

describe("neutraliseFormula(text)", () => {
  it.each(["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "\n=1", '=HYPERLINK("http://x")'])(
    "prefixes %j with a quote so spreadsheets show it as text",
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );
  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("United States")).toBe("United States");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });
});

describe("rowsToCsv(rows)", () => {
  it("neutralises a multi-line formula payload that papaparse's escapeFormulae misses", () => {
    const csv = rowsToCsv([{ label: "=1+1\nx", value: 3 }]);
    expect(csv).toBe('label,value\r\n"\'=1+1\nx",3\r\n');
  });
  it("keeps numbers, including negative ones, as numbers", () => {
    expect(rowsToCsv([{ change: -5, total: 87000000 }])).toBe("change,total\r\n-5,87000000\r\n");
  });
  it("round-trips text with commas, quotes and newlines through a CSV parser", () => {
    const rows = [{ quote: 'He said, "no"\nthen left', n: 1 }];
    const parsed = Papa.parse<string[]>(rowsToCsv(rows).trimEnd(), { delimiter: "," }).data;
    expect(parsed).toEqual([
      ["quote", "n"],
      ['He said, "no"\nthen left', "1"],
    ]);
  });
  it("writes empty cells for missing values", () => {
    expect(rowsToCsv([{ a: "x", b: null }, { a: "y" }])).toBe("a,b\r\nx,\r\ny,\r\n");
  });
});
