import { describe, expect, it } from "vitest";
import {
  capitalised,
  compactSvg,
  formatAmount,
  formatDate,
  formatShare,
  sourceLine,
  wrapText,
} from "../../../../loaders/charts/scale/common.ts";
import { inSiteLocale } from "../../../../loaders/site/locale.ts";
import { evidenceOf } from "./evidence.ts";

describe("formatDate(date)", () => {
  it("writes a date only as precisely as the evidence gives it", () => {
    expect(formatDate({ iso: "2018-04-04", precision: "day" })).toBe("Apr 4, 2018");
    expect(formatDate({ iso: "2018-08", precision: "month" })).toBe("August 2018");
    expect(formatDate({ iso: "2016", precision: "year" })).toBe("2016");
  });
  it("says so when there is no date", () => {
    expect(formatDate(undefined)).toBe("date not stated");
  });
});

describe("formatShare(share)", () => {
  it("rounds large shares to whole percents and small ones to one decimal", () => {
    expect(formatShare(70_632_350 / 87_000_000)).toBe("81%");
    expect(formatShare(1_175_870 / 87_000_000)).toBe("1.4%");
  });
  it("never rounds a small share down to 0%", () => {
    expect(formatShare(0.0004)).toBe("under 0.1%");
    expect(formatShare(0)).toBe("0%");
  });
});

describe("formatAmount(value, unit)", () => {
  it("leaves counted units to the caption and keeps currencies and percents", () => {
    expect(formatAmount(87_000_000, "people")).toBe("87 million");
    expect(formatAmount(5e9, "USD")).toBe("$5 billion");
    expect(formatAmount(500_000, "GBP")).toBe("£500,000");
    expect(formatAmount(81.6, "percent")).toBe("81.6%");
  });
});

describe("capitalised(word)", () => {
  it("capitalises a word from the evidence, the rest as written", () => {
    expect(capitalised("people")).toBe("People");
    expect(capitalised("iPhone users")).toBe("IPhone users");
    expect(inSiteLocale("de-DE", () => capitalised("ärzte"))).toBe("Ärzte");
  });
});

describe("wrapText(text, width)", () => {
  it("breaks at spaces into lines no longer than the width", () => {
    const lines = wrapText("Facebook users whose data may have been shared with Cambridge Analytica", 30);
    expect(lines).toEqual(["Facebook users whose data may", "have been shared with", "Cambridge Analytica"]);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
  });
});

describe("sourceLine(ids, evidence)", () => {
  it("names each outlet once, in order of use", () => {
    const evidence = evidenceOf([{ id: "a", value: 1, sources: ["reuters", "gazette", "reuters"] }]);
    expect(sourceLine(["reuters", "gazette", "reuters"], evidence)).toBe("Sources: Reuters, Gazette.");
    expect(sourceLine(["gazette"], evidence)).toBe("Source: Gazette.");
    expect(sourceLine([], evidence)).toBe("");
  });
});

describe("compactSvg(svg)", () => {
  it("keeps two decimals in coordinates and leaves text alone", () => {
    const svg =
      '<path d="M0,22.00000000000001h324.7464367816092v14Z"/><text transform="translate(0,18.5)">3.14159</text>';
    expect(compactSvg(svg)).toBe(
      '<path d="M0,22h324.74v14Z"/><text transform="translate(0,18.5)">3.14159</text>',
    );
  });
});
