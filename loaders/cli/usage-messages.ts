// What data:check says about its own command line (not about the evidence: that is messages.ts).
import { quote } from "../messages.ts";

export function unknownFormat(format: string, formats: readonly string[]): string {
  const what = format === "" ? "--format needs a value" : `unknown format ${quote(format)}`;
  return `data:check: ${what}; use one of ${formats.join(", ")}, e.g. --format ${formats[1] ?? formats[0]}`;
}

export function dataCheckUsage(problem: string, formats: readonly string[]): string {
  return `data:check: ${problem}; usage: npm run data:check -- [--format ${formats.join("|")}] [--strict] [folder]`;
}
