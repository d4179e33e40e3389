import { describe, expect, it } from "vitest";
import { type Catalogue, missingMessages } from "../../../src/shared/locale/catalogue.ts";
import { en } from "../../../src/shared/locale/catalogues/en/index.ts";
import { catalogues } from "../../../src/shared/locale/catalogues/index.ts";
import { directionOf, localeFor, unsupportedLocale } from "../../../src/shared/locale/locale.ts";
import type { Message } from "../../../src/shared/locale/message.ts";

const placeholders = (message: Message): string[] =>
  [
    ...new Set(
      Object.values(typeof message === "string" ? { other: message } : message).flatMap((text) =>
        [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] ?? ""),
      ),
    ),
  ].sort();

describe("catalogues", () => {
  it.each(Object.keys(catalogues))("%s has every key of en and no other", (language) => {
    const catalogue = catalogues[language] as Catalogue;
    expect(missingMessages(en, catalogue)).toEqual([]);
    expect(Object.keys(catalogue).filter((key) => !(key in en))).toEqual([]);
  });

  it.each(Object.keys(catalogues))("%s uses exactly en's placeholders in every message", (language) => {
    const catalogue = catalogues[language] as Catalogue;
    const differ = (Object.keys(en) as (keyof Catalogue)[]).filter(
      (key) => placeholders(catalogue[key]).join() !== placeholders(en[key]).join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(Object.keys(catalogues).filter((l) => l !== "en"))(
    "%s translates (at most a few messages equal en's)",
    (language) => {
      const catalogue = catalogues[language] as Catalogue;
      const same = (Object.keys(en) as (keyof Catalogue)[]).filter(
        (key) =>
          JSON.stringify(catalogue[key]) === JSON.stringify(en[key]) &&
          /[a-z]{4,}/.test(JSON.stringify(en[key])),
      );
      // Words that are the same in both languages ("Sources" in French, "Status"…) are fine; a
      // catalogue copied from en and left untranslated is not.
      expect(same.length).toBeLessThan(Object.keys(en).length / 10);
    },
  );

  it.each(Object.keys(catalogues))(
    "%s gives a plural message every category the counts 0 to 1,000 take",
    (language) => {
      const select = new Intl.PluralRules(language);
      const rules = new Set(Array.from({ length: 1001 }, (_, n) => select.select(n)));
      const catalogue = catalogues[language] as Catalogue;
      for (const message of Object.values(catalogue))
        if (typeof message !== "string")
          for (const category of rules) expect(message).toHaveProperty(category);
    },
  );
});

describe("missingMessages(reference, catalogue)", () => {
  it("names each key the catalogue lacks", () => {
    const { "site.title": _, "page.overview": __, ...rest } = en;
    expect(missingMessages(en, rest)).toEqual(["site.title", "page.overview"]);
  });
});

describe("localeFor(tag)", () => {
  it("gives lang and dir: right to left for Arabic and Hebrew scripts", () => {
    expect(localeFor("ar").dir).toBe("rtl");
    expect(directionOf("he-IL")).toBe("rtl");
    expect(localeFor("de-DE").dir).toBe("ltr");
    expect(localeFor("de-DE").language).toBe("de");
  });

  it("refuses a language without a catalogue, naming the shipped ones", () => {
    expect(() => localeFor("it-IT")).toThrow(/no words in "it".*"en", "de", "fr", "es", "ar"/);
    expect(unsupportedLocale("fr-CA")).toBeUndefined();
  });

  it("t(key, values) fills placeholders and picks the plural form by count", () => {
    expect(localeFor("en-US").t("live.compareWords", { count: 1 })).toBe("1 word");
    expect(localeFor("en-US").t("live.compareWords", { count: 1200 })).toBe("1,200 words");
    expect(localeFor("de-DE").t("live.compareWords", { count: 1200 })).toBe("1.200 Wörter");
    expect(localeFor("ar").t("live.compareWords", { count: 2 })).toBe("كلمتان");
    expect(localeFor("ar").t("live.compareWords", { count: 3 })).toBe("3 كلمات");
    expect(localeFor("ar").t("live.compareWords", { count: 11 })).toBe("11 كلمة");
    expect(localeFor("fr").t("page.numbered", { name: "Sources", number: 2 })).toBe("Sources, page 2");
  });

  it("list(items) joins as the language does", () => {
    const banks = ["JPMorgan Chase", "Wells Fargo", "Citigroup"];
    expect(localeFor("en-US").list(banks)).toBe("JPMorgan Chase, Wells Fargo, and Citigroup");
    expect(localeFor("de-DE").list(banks)).toBe("JPMorgan Chase, Wells Fargo und Citigroup");
    expect(localeFor("fr").list(banks)).toBe("JPMorgan Chase, Wells Fargo et Citigroup");
    expect(localeFor("es").list(banks)).toBe("JPMorgan Chase, Wells Fargo y Citigroup");
    expect(localeFor("ar").list(["أ", "ب"], "disjunction")).toBe("أ أو ب");
  });
});

describe("numbers: count, compact, percent, quantity", () => {
  it("writes grouping and the decimal sign of the locale", () => {
    expect(localeFor("en-US").count(270000)).toBe("270,000");
    expect(localeFor("de-DE").count(270000)).toBe("270.000");
    expect(localeFor("fr").count(270000)).toBe("270\u202f000");
    expect(localeFor("en-IN").count(270000)).toBe("2,70,000");
    expect(localeFor("de-DE").number(1.25)).toBe("1,25");
  });

  it("writes a million and more in words, three significant digits", () => {
    expect(localeFor("en-US").count(87_000_000)).toBe("87 million");
    expect(localeFor("en-US").count(1_234_567)).toBe("1.23 million");
    expect(localeFor("de-DE").count(87_000_000)).toBe("87 Millionen");
    expect(localeFor("fr").count(87_000_000)).toBe("87 millions");
    expect(localeFor("es").count(87_000_000)).toBe("87 millones");
    expect(localeFor("en-IN").count(87_000_000)).toBe("8.7\u202fcrore");
    expect(localeFor("ar").count(87_000_000)).toBe("87 مليون");
  });

  it("has a short compact form for tight labels", () => {
    expect(localeFor("en-US").compact(87_000_000)).toBe("87M");
    expect(localeFor("de-DE").compact(87_000_000)).toBe("87\u00a0Mio.");
  });

  it("writes percentages with the locale's sign and spacing", () => {
    expect(localeFor("en-US").percent(87.3)).toBe("87.3%");
    expect(localeFor("de-DE").percent(87.3)).toBe("87,3\u00a0%");
    expect(localeFor("de-DE").quantity(4.5, "percent")).toBe("4,5\u00a0%");
  });

  it("puts a currency where the locale puts it, around a count in words", () => {
    expect(localeFor("en-US").quantity(5e9, "USD")).toBe("$5 billion");
    expect(localeFor("en-US").quantity(-500000, "GBP")).toBe("-£500,000");
    expect(localeFor("de-DE").quantity(5e9, "USD")).toBe("5 Milliarden\u00a0$");
    expect(localeFor("de-DE").quantity(5e9, "EUR")).toBe("5 Milliarden\u00a0€");
    expect(localeFor("en-US").quantity(87e6, "people")).toBe("87 million people");
  });
});

describe("dates: date, range, day", () => {
  const day = { iso: "2018-08-06", precision: "day" } as const;
  const month = { iso: "2017-08", precision: "month" } as const;
  const year = { iso: "2017", precision: "year" } as const;

  it("writes a day in the locale's words and order", () => {
    expect(localeFor("en-US").date(day)).toBe("Aug 6, 2018");
    expect(localeFor("en-GB").date(day)).toBe("6 Aug 2018");
    expect(localeFor("de-DE").date(day)).toBe("6. Aug. 2018");
    expect(localeFor("fr").date(day)).toBe("6 août 2018");
    expect(localeFor("es").date(day)).toBe("6 ago 2018");
  });

  it("keeps a month a month and a year a year", () => {
    expect(localeFor("en-US").date(month)).toBe("August 2017");
    expect(localeFor("fr").date(month)).toBe("août 2017");
    expect(localeFor("de-DE").date(year)).toBe("2017");
    // A "day" date whose text has no day is shown at the precision its text has.
    expect(localeFor("en-US").date({ iso: "2017-08", precision: "day" })).toBe("August 2017");
  });

  it("writes a range as the locale does, mixed precisions each at their own", () => {
    const end = { iso: "2018-10-02", precision: "day" } as const;
    expect(localeFor("de-DE").range(day, end)).toBe("6.\u2009–\u20092. Okt. 2018".replace("6.", "6. Aug."));
    expect(localeFor("en-US").range(month, day)).toBe("August 2017 – Aug 6, 2018");
    expect(localeFor("en-US").range(day, day)).toBe("Aug 6, 2018");
    expect(localeFor("en-US").range(year)).toBe("2017");
  });

  it("approximately: a catalogue message around the date", () => {
    expect(localeFor("de-DE").t("date.approximately", { date: localeFor("de-DE").date(year) })).toBe(
      "ca. 2017",
    );
  });
});
