import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildChart, findChart } from "../../../loaders/charts/registry.ts";
import { chartDownloads } from "../../../loaders/embed/assets.ts";
import { neutraliseFormula, rowsToCsv } from "../../../loaders/embed/csv.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import { inSiteLocale } from "../../../loaders/site/locale.ts";

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

describe("chartDownloads(chart): the CSV in the site's language", () => {
  it("names the columns in the locale's words and keeps every cell canonical (ISO dates, plain numbers)", async () => {
    const evidence = loadEvidence("data");
    const definition = findChart("scale-estimates");
    if (!definition) throw new Error("no scale-estimates chart");
    const [de, en] = await Promise.all(
      ["de-DE", "en-US"].map((tag) =>
        inSiteLocale(tag, async () => chartDownloads(await buildChart(definition, evidence))),
      ),
    );
    const [deHead, ...deRows] = String(de?.["scale-estimates.csv"]).trim().split("\r\n");
    const [enHead, ...enRows] = String(en?.["scale-estimates.csv"]).trim().split("\r\n");
    expect(enHead).toBe("as_of,value,unit,estimate,headline,figure,sources,notes");
    expect(deHead).toBe("Stand,Wert,Einheit,Schätzung,Leitzahl,Zahl,Quellen,Anmerkungen");
    expect(deRows).toEqual(enRows);
    expect(deRows[0]).toMatch(/^\d{4}(-\d\d){0,2},\d+,/);
  });
});
