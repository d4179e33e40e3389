// The site's locale in the browser: <html lang> names it, and the page carries the words
// browser code shows (<meta name="dossier-messages">, written by loaders/render/page.ts from
// the site's catalogue), <html dir> its direction. Numbers and dates come from Intl, as at
// build time.

import type { LiveMessageKey, LiveMessages } from "../shared/locale/live-messages.js";
import { liveMessagesMeta } from "../shared/locale/live-messages.js";
import type { Direction } from "../shared/locale/locale.js";
import { fillMessage, type MessageValues, type PluralCategory } from "../shared/locale/message.js";
import { once } from "../shared/once.js";

export interface PageLocale {
  tag: string;
  /** Which way the page reads: the timeline runs right to left under `rtl`. */
  dir: Direction;
  t(key: LiveMessageKey, values?: MessageValues): string;
  /** A day from its ISO text, as the build writes days ("Aug 6, 2018", "6. Aug. 2018"). */
  day(iso: string): string;
  number(value: number): string;
}

let held: PageLocale | undefined;

/** The page's locale, read once (Intl's formatters are slow to make on a phone). */
export function pageLocale(): PageLocale {
  if (held) return held;
  const content = document.querySelector(`meta[name="${liveMessagesMeta}"]`)?.getAttribute("content");
  const { lang, dir } = document.documentElement;
  held = makePageLocale(lang || "en-US", content ? JSON.parse(content) : {}, dir === "rtl" ? "rtl" : "ltr");
  return held;
}

/** The locale `tag` with the words `messages` (a page's, or a catalogue's in tests). */
export function makePageLocale(
  tag: string,
  messages: Partial<LiveMessages>,
  dir: Direction = "ltr",
): PageLocale {
  // Each formatter is made when first used: making one costs milliseconds on a phone.
  const plurals = once(() => new Intl.PluralRules(tag));
  const numbers = once(() => new Intl.NumberFormat(tag));
  const days = once(
    () => new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  );
  const number = (value: number) => numbers().format(value);
  return {
    tag,
    dir,
    // Without the page's words (a page from an older build), the key shows: visible, not silent.
    t: (key, values = {}) =>
      fillMessage(messages[key] ?? key, values, (n) => plurals().select(n) as PluralCategory, number),
    day: (iso) => days().format(new Date(`${iso}T00:00:00Z`)),
    number,
  };
}
