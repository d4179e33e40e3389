// Numbers as a reader expects them: "87 million", "1.2 million", "270,000", "$5 billion".
const scales = [
  { value: 1e12, word: "trillion" },
  { value: 1e9, word: "billion" },
  { value: 1e6, word: "million" },
] as const;

const currencySymbols: Record<string, string> = { USD: "$", GBP: "£", EUR: "€", AUD: "A$" };

/** Large numbers in words with at most three significant digits; smaller ones with separators. */
export function formatCount(value: number): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  for (const { value: scale, word } of scales) {
    if (abs >= scale) {
      const scaled = abs / scale;
      const digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
      return `${sign}${Number(scaled.toFixed(digits)).toLocaleString("en-US")} ${word}`;
    }
  }
  return `${sign}${abs.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
}

/** A value with its unit: currencies get their symbol, other units follow the number. */
export function formatQuantity(value: number, unit: string): string {
  const symbol = currencySymbols[unit.toUpperCase()];
  if (symbol) return `${value < 0 ? "-" : ""}${symbol}${formatCount(Math.abs(value))}`;
  if (unit === "percent") return `${formatCount(value)}%`;
  return `${formatCount(value)} ${unit}`;
}
