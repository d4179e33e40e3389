// Numbers in the locale's form, through Intl: grouping and decimal sign (87,000,000 /
// 87.000.000 / 87 000 000), large numbers in words ("87 million", "87 Millionen",
// "87 millions", en-IN "8.7 crore"), percentages ("87 %" in German) and currencies.
export interface NumberFormats {
  /** Large numbers (a million and up) in words, three significant digits; smaller ones grouped. */
  count(value: number): string;
  /** Short compact form for tight spaces (chart labels): "87M", "87 Mio.", "87 M". */
  compact(value: number): string;
  /** A plain number with grouping and up to `fractionDigits` decimals (default 2). */
  number(value: number, fractionDigits?: number): string;
  /** A value in percent (87.3 → "87.3%", "87,3 %"). */
  percent(value: number): string;
  /** A value with its unit: an ISO 4217 currency gets its symbol, "percent" its sign, others follow. */
  quantity(value: number, unit: string): string;
}

const currencies = new Set(Intl.supportedValuesOf("currency"));
const numberParts = new Set(["integer", "group", "decimal", "fraction"]);

export function numberFormats(tag: string): NumberFormats {
  const words = new Intl.NumberFormat(tag, {
    notation: "compact",
    compactDisplay: "long",
    maximumSignificantDigits: 3,
  });
  const short = new Intl.NumberFormat(tag, {
    notation: "compact",
    compactDisplay: "short",
    maximumSignificantDigits: 3,
  });
  const plain = new Map<number, Intl.NumberFormat>();
  const number = (value: number, fractionDigits = 2): string => {
    let format = plain.get(fractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(tag, { maximumFractionDigits: fractionDigits });
      plain.set(fractionDigits, format);
    }
    return format.format(value);
  };
  const percentFormat = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 2 });
  const count = (value: number): string => (Math.abs(value) >= 1e6 ? words.format(value) : number(value));
  const compact = (value: number): string => (Math.abs(value) >= 1e4 ? short.format(value) : number(value));
  const percent = (value: number): string => percentFormat.format(value / 100);
  const currencyPattern = new Map<string, Intl.NumberFormatPart[]>();
  const quantity = (value: number, unit: string): string => {
    const code = unit.toUpperCase();
    if (unit === "percent") return percent(value);
    if (code.length !== 3 || !currencies.has(code)) return `${count(value)} ${unit}`;
    let parts = currencyPattern.get(code);
    if (!parts) {
      parts = new Intl.NumberFormat(tag, { style: "currency", currency: code }).formatToParts(1);
      currencyPattern.set(code, parts);
    }
    // The locale's pattern ("$1.00", "1,00 $") with the number written as a count.
    let placed = false;
    const text = parts
      .map((part) => {
        if (!numberParts.has(part.type)) return part.value;
        if (placed) return "";
        placed = true;
        return count(Math.abs(value));
      })
      .join("");
    return value < 0 ? `-${text}` : text;
  };
  return { count, compact, number, percent, quantity };
}
