import { describe, expect, it } from "vitest";
import * as message from "../../../loaders/messages.ts";
import type { Column } from "../../../loaders/schema/types.ts";
import { Invalid, readCell, slugify } from "../../../loaders/validate/cell.ts";
import { EventStatus } from "../../../src/shared/enums.ts";

const column = (type: Column, name = "c") => ({ ...type, name, key: name, description: "" }) as Column;
const read = (spec: Partial<Column> & Pick<Column, "type">, raw: string, name = "c") =>
  readCell(column({ required: false, ...spec } as Column, name), raw);
const problem = (value: unknown) => (value instanceof Invalid ? value.message : value);

describe("readCell(column, raw) for text", () => {
  it("keeps the cell verbatim, spaces and quotes included", () => {
    expect(read({ type: "text" }, '  "quoted",\n  ')).toBe('  "quoted",\n  ');
  });
});

describe("readCell(column, raw) for ids and slugs", () => {
  it("trims and accepts lowercase letters, digits and single hyphens", () => {
    expect(read({ type: "slug" }, " wells-fargo-2 ")).toBe("wells-fargo-2");
  });

  it("rejects capitals, spaces, double or edge hyphens, suggesting a slug", () => {
    expect(problem(read({ type: "id" }, "Wells Fargo", "id"))).toBe(
      message.notASlug("id", "Wells Fargo", "wells-fargo"),
    );
    expect(problem(read({ type: "slug" }, "a--b", "kind"))).toBe(message.notASlug("kind", "a--b", "a-b"));
    expect(problem(read({ type: "slug" }, "-a", "kind"))).toBe(message.notASlug("kind", "-a", "a"));
    expect(problem(read({ type: "slug" }, "???", "kind"))).toBe(message.notASlug("kind", "???"));
  });

  it("reads a list of slugs separated by semicolons, trimming each", () => {
    expect(read({ type: "list-of-slugs" }, "privacy ; data-sharing")).toEqual(["privacy", "data-sharing"]);
    expect(problem(read({ type: "list-of-slugs" }, "privacy;Data", "topics"))).toBe(
      message.notASlug("topics", "Data", "data"),
    );
  });
});

describe("readCell(column, raw) for references", () => {
  it("returns ids for the validator to resolve", () => {
    expect(read({ type: "ref", table: "actors" }, " example-bank ")).toBe("example-bank");
    expect(read({ type: "list-of-refs", table: "actors" }, "a; b;c")).toEqual(["a", "b", "c"]);
  });

  it("rejects an empty item in a list", () => {
    for (const raw of ["a;;b", "a;", ";a", "a; ;b"]) {
      expect(problem(read({ type: "list-of-refs", table: "actors" }, raw, "actors"))).toBe(
        message.emptyListItem("actors", raw),
      );
    }
  });
});

describe("readCell(column, raw) for enumerations", () => {
  const status = { type: "enum", values: EventStatus } as const;

  it("accepts a value of the enumeration, trimmed", () => {
    expect(read(status, " confirmed ")).toBe("confirmed");
  });

  it("rejects another value, listing the allowed ones and suggesting the nearest", () => {
    const allowed = Object.keys(EventStatus);
    expect(problem(read(status, "Confirmed", "status"))).toBe(
      message.notInEnum("status", "Confirmed", allowed, "confirmed"),
    );
    expect(problem(read(status, "rumoured", "status"))).toBe(
      'status "rumoured" is not one of reported, confirmed, denied, disputed',
    );
    expect(problem(read(status, "toString", "status"))).toBe(
      message.notInEnum("status", "toString", allowed),
    );
  });
});

describe("readCell(column, raw) for dates", () => {
  it("reads a partial date, trimmed", () => {
    expect(read({ type: "date" }, " 2018-08 ")).toEqual({ iso: "2018-08", precision: "month" });
  });

  it("says what is wrong: format, calendar or 00", () => {
    expect(problem(read({ type: "date" }, "Aug 2018", "date"))).toBe(message.notADate("date", "Aug 2018"));
    expect(problem(read({ type: "date" }, "2018-02-30", "date"))).toBe(
      `date "2018-02-30" is not a calendar date; ${message.dateFormats}`,
    );
    expect(problem(read({ type: "date" }, "2018-08-00", "date"))).toBe(
      message.zeroForUnknown("date", "2018-08-00", "2018-08"),
    );
  });
});

describe("readCell(column, raw) for numbers", () => {
  const value = { type: "number", min: 0 } as const;

  it("reads plain decimal numbers", () => {
    expect(read(value, "87000000")).toBe(87000000);
    expect(read(value, " 1.5 ")).toBe(1.5);
    expect(read(value, "0")).toBe(0);
  });

  it('rejects "87,000,000" and shows the plain number', () => {
    expect(problem(read(value, "87,000,000", "value"))).toBe(
      'value "87,000,000" has digit separators; write the plain number "87000000"',
    );
    expect(problem(read(value, "87 000 000", "value"))).toBe(
      message.numberWithSeparators("value", "87 000 000", "87000000"),
    );
    expect(problem(read(value, "1_000.5", "value"))).toBe(
      message.numberWithSeparators("value", "1_000.5", "1000.5"),
    );
    expect(problem(read(value, "87\u00a0000", "value"))).toBe(
      message.numberWithSeparators("value", "87\u00a0000", "87000"),
    );
  });

  it("rejects a decimal comma and shows the decimal point", () => {
    expect(problem(read(value, "1,5", "value"))).toBe(message.decimalComma("value", "1,5", "1.5"));
  });

  it("rejects words, units, exponents and other forms", () => {
    for (const raw of ["87 million", "$5", "1e6", "5%", ".5", "1.", "+5", "0x10", "Infinity", "NaN"]) {
      expect(problem(read(value, raw, "value")), raw).toBe(message.notANumber("value", raw));
    }
  });

  it("rejects a negative number below the minimum", () => {
    expect(problem(read(value, "-5", "value"))).toBe('value "-5" is negative; use 0 or more');
    expect(problem(read({ type: "number", min: 1 }, "0", "n"))).toBe(message.belowMinimum("n", "0", 1));
    expect(read({ type: "number" }, "-5")).toBe(-5);
  });
});

describe("readCell(column, raw) for web addresses", () => {
  it("accepts absolute http and https addresses as written", () => {
    expect(read({ type: "url" }, "https://example.org/a?b=1#c")).toBe("https://example.org/a?b=1#c");
    expect(read({ type: "url" }, " HTTP://example.org ")).toBe("HTTP://example.org");
  });

  it("rejects javascript:, data:, ftp: and mailto: addresses, naming the scheme", () => {
    expect(problem(read({ type: "url" }, "javascript:alert(1)", "url"))).toBe(
      'url "javascript:alert(1)" is a javascript: address, not a web page; use one starting with https:// or http://',
    );
    for (const [raw, scheme] of [
      ["ftp://example.org/file", "ftp:"],
      ["data:text/html,<b>x</b>", "data:"],
      ["mailto:desk@example.org", "mailto:"],
      ["JavaScript:alert(1)", "javascript:"],
    ]) {
      expect(problem(read({ type: "url" }, raw as string, "url"))).toBe(
        message.notWebUrl("url", raw as string, scheme as string),
      );
    }
  });

  it("rejects relative and broken addresses", () => {
    for (const raw of [
      "/reports/1",
      "example.org/story",
      "//example.org/x",
      "https://",
      "http:/example.org",
      "https://exa mple.org",
    ]) {
      expect(problem(read({ type: "url" }, raw, "url")), raw).toBe(message.notAbsoluteUrl("url", raw));
    }
  });
});

describe("slugify(text)", () => {
  it("makes the slug a name probably meant", () => {
    expect(slugify("Facebook, Inc.")).toBe("facebook-inc");
    expect(slugify("Société Générale")).toBe("societe-generale");
    expect(slugify("—")).toBe("");
  });
});
