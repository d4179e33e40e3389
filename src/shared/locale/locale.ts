// A locale: everything the kit writes in the site's language, from one BCP 47 tag (site.json
// `locale`). Words come from the language's catalogue (catalogues/<language>/, typed against
// en/); numbers, dates, plurals and lists from Intl, so no word or digit is hard-coded.
//
//   const locale = localeFor("de-DE");
//   locale.t("sources.count", { count: 3 })   // "3 Quellen" (plural form chosen by count)
//   locale.count(87_000_000)                  // "87 Millionen"
//   locale.date({ iso: "2018-08-06", precision: "day" })   // "6. Aug. 2018"
//   locale.list(["A", "B", "C"])              // "A, B und C"
//
// Build code gets the site's locale from loaders/site/locale.ts (siteLocale()); browser code from
// the page (src/components/locale.ts).
import { type Catalogue, type MessageKey, missingMessages } from "./catalogue.js";
import { en } from "./catalogues/en/index.js";
import { catalogues, shippedLanguages } from "./catalogues/index.js";
import { type DateFormats, dateFormats } from "./dates.js";
import { fillMessage, type Message, type MessageValues, type PluralCategory } from "./message.js";
import { type NumberFormats, numberFormats } from "./numbers.js";

export type Direction = "ltr" | "rtl";

export interface Locale extends NumberFormats, DateFormats {
  /** The BCP 47 tag, canonical ("de-DE"). */
  tag: string;
  /** The language subtag, which names the catalogue ("de"). */
  language: string;
  /** The writing direction of the language, for <html dir>. */
  dir: Direction;
  /** The message `key` with its {placeholders} filled; {count} also picks the plural form. */
  t(key: MessageKey, values?: MessageValues): string;
  /** "A, B and C" ("A, B und C"; "or" with type "disjunction"). */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
  plural(count: number): PluralCategory;
  messages: Catalogue;
}

// Scripts written right to left (Intl.Locale's textInfo is not in every engine yet).
const rtlLanguages = new Set(["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr"]);

export function directionOf(tag: string): Direction {
  return rtlLanguages.has(new Intl.Locale(tag).language) ? "rtl" : "ltr";
}

/** Why `tag` cannot be the site's locale, or undefined when it can. */
export function unsupportedLocale(tag: string): string | undefined {
  const language = new Intl.Locale(tag).language;
  if (catalogues[language]) return undefined;
  return `the kit has no words in "${language}" yet (it ships ${shippedLanguages.map((l) => `"${l}"`).join(", ")}); use one of them, or add a catalogue (docs/locale.md)`;
}

const made = new Map<string, Locale>();

/** The locale for `tag`, made once per tag (Intl's formatters are slow to create). */
export function localeFor(tag: string): Locale {
  const held = made.get(tag);
  if (held) return held;
  const language = new Intl.Locale(tag).language;
  const messages = catalogues[language];
  if (!messages) throw new Error(`locale "${tag}": ${unsupportedLocale(tag)}`);
  const missing = missingMessages(en, messages);
  if (missing.length)
    throw new Error(
      `locale "${tag}": the "${language}" catalogue has no message for ${missing.map((k) => `"${k}"`).join(", ")}; add ${missing.length === 1 ? "it" : "them"} to src/shared/locale/catalogues/${language}/ (the area file that en/ has ${missing.length === 1 ? "it" : "them"} in)`,
    );
  const numbers = numberFormats(tag);
  const plurals = new Intl.PluralRules(tag);
  const lists = {
    conjunction: new Intl.ListFormat(tag, { type: "conjunction" }),
    disjunction: new Intl.ListFormat(tag, { type: "disjunction" }),
  };
  const plural = (count: number) => plurals.select(count) as PluralCategory;
  const t: Locale["t"] = (key, values = {}) =>
    fillMessage(messages[key] as Message, values, plural, (n) => numbers.number(n));
  const dates = dateFormats(tag, t);
  const locale: Locale = {
    tag,
    language,
    dir: directionOf(tag),
    ...numbers,
    ...dates,
    t,
    list: (items, type = "conjunction") => lists[type].format(items),
    plural,
    messages,
  };
  made.set(tag, locale);
  return locale;
}
