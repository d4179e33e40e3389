// One message of a catalogue: a text with {name} placeholders, or one text per plural category
// (Intl.PluralRules: zero, one, two, few, many, other) chosen by the number in {count}.
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";
export type PluralMessage = { other: string } & Partial<Record<Exclude<PluralCategory, "other">, string>>;
export type Message = string | PluralMessage;

/** Values for a message's placeholders; `count` (a number) also picks the plural form. */
export type MessageValues = Record<string, string | number>;

/**
 * The text of `message` with its placeholders filled. A number is written with `formatNumber`
 * (the locale's digits and grouping); a placeholder without a value is left as it is, so a
 * forgotten value shows on the page and in tests rather than vanishing.
 */
export function fillMessage(
  message: Message,
  values: MessageValues,
  plural: (count: number) => PluralCategory,
  formatNumber: (value: number) => string,
): string {
  const text =
    typeof message === "string"
      ? message
      : typeof values.count === "number"
        ? (message[plural(values.count)] ?? message.other)
        : message.other;
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value) : value;
  });
}
