// Numbers in the site's locale: "87 million" / "87 Millionen", "270,000" / "270.000", "$5 billion".
// (src/shared/locale/numbers.ts does the work through Intl.)
import { siteLocale } from "../site/locale.ts";

/** Large numbers in words with at most three significant digits; smaller ones with separators. */
export function formatCount(value: number): string {
  return siteLocale().count(value);
}

/** A value with its unit: currencies get their symbol, percentages their sign, other units follow. */
export function formatQuantity(value: number, unit: string): string {
  return siteLocale().quantity(value, unit);
}
