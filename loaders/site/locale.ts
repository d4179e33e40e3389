// The site's locale (site.json `locale`) for build code: the one module pages, blocks, charts and
// downloads ask for it. Each entry point (page loaders, the embed assets) runs its work inside
// inSiteLocale(settings.locale, …); everything it calls reads siteLocale() instead of passing
// the locale down through every renderer. Outside any entry point (unit tests of one
// renderer) it is the default, en-US.
import { AsyncLocalStorage } from "node:async_hooks";
import { escapeHtml } from "../../src/shared/html.ts";
import { type Locale, localeFor } from "../../src/shared/locale/locale.ts";
import { defaultSettings } from "./settings.ts";

const scope = new AsyncLocalStorage<Locale>();

/** The locale of the site being rendered. */
export function siteLocale(): Locale {
  return scope.getStore() ?? localeFor(defaultSettings.locale);
}

/** Runs `work` (and everything it awaits) with `tag` as the site's locale. */
export function inSiteLocale<T>(tag: string, work: () => T): T {
  return scope.run(localeFor(tag), work);
}

/** The site's message `key`, filled: shorthand for siteLocale().t(key, values). */
export const t: Locale["t"] = (key, values) => siteLocale().t(key, values);

/**
 * The message `key` as HTML: its words escaped, `html` placeholders filled with markup the caller
 * has made safe (a link, a <strong>), the other values as escaped text. One sentence stays one
 * message even where part of it is a link.
 */
export function tHtml(
  key: Parameters<Locale["t"]>[0],
  html: Readonly<Record<string, string>>,
  values: Parameters<Locale["t"]>[1] = {},
): string {
  const marks = Object.fromEntries(Object.keys(html).map((name, i) => [name, `\uE000${i}\uE001`]));
  const text = escapeHtml(t(key, { ...values, ...marks }));
  return text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => Object.values(html)[Number(i)] ?? "");
}
