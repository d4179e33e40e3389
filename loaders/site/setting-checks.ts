// The checks site.json's values pass: each reads one JSON node and returns the value, or reports
// what is wrong at the node's line and column (with "did you mean" where a list is known).
import { unsupportedLocale } from "../../src/shared/locale/locale.ts";
import { closest } from "../closest.ts";
import { entries, type JsonNode } from "./json-tree.ts";

export type Check<T> = (node: JsonNode, at: Reporter) => T | undefined;
export type Reporter = (node: JsonNode, message: string) => undefined;

export const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(", ");

export const text: Check<string> = (node, at) => {
  if (node.type !== "string") return at(node, "must be text in double quotes");
  if (!String(node.value).trim()) return at(node, "must not be empty");
  return String(node.value);
};

export const flag: Check<boolean> = (node, at) =>
  node.type === "boolean" ? Boolean(node.value) : at(node, "must be true or false");

export const locale: Check<string> = (node, at) => {
  const value = text(node, at);
  if (value === undefined) return undefined;
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(value);
  } catch {
    return at(node, `"${value}" is not a BCP 47 language tag; write e.g. "en-US", "de-DE", "fr", "ar"`);
  }
  const unsupported = canonical && unsupportedLocale(canonical);
  return unsupported ? at(node, `"${value}": ${unsupported}`) : canonical;
};

export const url: Check<string> = (node, at) => {
  const value = text(node, at);
  if (value === undefined) return undefined;
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol))
    return at(
      node,
      `"${value}" is not an http(s) address; write e.g. "https://news.example/investigations/water"`,
    );
  return value.replace(/\/+$/, "");
};

export const day: Check<string> = (node, at) => {
  const value = text(node, at);
  if (value === undefined) return undefined;
  const [year, month, date] = value.split("-").map(Number);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    new Date(Date.UTC(year as number, (month as number) - 1, date)).toISOString().slice(0, 10) === value;
  return valid ? value : at(node, `"${value}" is not a calendar date; write YYYY-MM-DD, e.g. "2018-08-06"`);
};

export function oneOf<T extends string>(values: Record<T, string>, what: string): Check<T> {
  return (node, at) => {
    const value = text(node, at);
    if (value === undefined) return undefined;
    if (Object.hasOwn(values, value)) return value as T;
    const near = closest(value, Object.keys(values));
    return at(
      node,
      `"${value}" is not a ${what}${near ? `; did you mean "${near}"?` : ""}; valid: ${list(Object.keys(values))}`,
    );
  };
}

/** An object's keys checked against its known keys; unknown ones are problems with a suggestion. */
export function object(
  node: JsonNode,
  at: Reporter,
  known: readonly string[],
  where: string,
): Map<string, JsonNode> | undefined {
  if (node.type !== "object") return at(node, `${where} must be an object: { "key": value, … }`);
  const found = new Map<string, JsonNode>();
  for (const { key, keyNode, value } of entries(node)) {
    if (!known.includes(key)) {
      const near = closest(key, known);
      at(
        keyNode,
        `unknown key "${key}" in ${where}${near ? `; did you mean "${near}"?` : ""}; known keys: ${list(known)}`,
      );
    } else if (found.has(key)) at(keyNode, `"${key}" is set twice in ${where}; keep one`);
    else found.set(key, value);
  }
  return found;
}
