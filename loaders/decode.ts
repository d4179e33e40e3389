// Bytes to text: UTF-8 only (a byte-order mark is accepted and stripped). UTF-16 is refused
// with its own message; an invalid byte is located so the journalist can find it.

export type Decoded =
  | { encoding: "utf-16" }
  /** A zip archive: an Excel workbook (.xlsx) or a Numbers file renamed to .csv. */
  | { encoding: "zip" }
  | {
      encoding: "utf-8";
      text: string;
      /** The first byte that is not UTF-8, and which U+FFFD in `text` replaced it (0-based). */
      invalid?: { byte: number; replacement: number };
    };

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/** Index of the first byte that starts an invalid UTF-8 sequence, or -1 (WHATWG rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  // No byte-order mark, but ASCII text in UTF-16 has a zero in every other byte.
  return bytes.length >= 2 && (a === 0) !== (b === 0);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}

/** What the first four bytes say the file is, when it is not text to decode as UTF-8. */
function sniff(bytes: Uint8Array): "utf-16" | "zip" | undefined {
  if (looksLikeUtf16(bytes)) return "utf-16";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  return undefined;
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const not = sniff(bytes);
  if (not) return { encoding: not };
  try {
    return { encoding: "utf-8", text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const text = lenient.decode(bytes);
    if (at < 0) return { encoding: "utf-8", text };
    const replacement = countReplacements(lenient.decode(bytes.subarray(0, at)));
    return { encoding: "utf-8", text, invalid: { byte: bytes[at] as number, replacement } };
  }
}

const strictNoBom = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientNoBom = new TextDecoder("utf-8", { ignoreBOM: true });
const noBytes = new Uint8Array(0);

/**
 * Where `bytes` can be cut so the cut splits no character: before a lead byte whose
 * continuation bytes have not all arrived. A cut before any byte that is not a continuation
 * byte decodes as the whole would (WHATWG decoders restart at such a byte).
 */
function completeUpTo(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let p = n - 1; p >= 0 && p >= n - 4; p--) {
    const b = bytes[p] as number;
    if (b < 0x80) return n;
    if (b < 0xc0) continue;
    const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
    return p + need + 1 > n ? p : n;
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * decodeUtf8 for bytes that arrive in chunks: the texts `write` returns, joined, are the text
 * decodeUtf8 would give for all the bytes at once, with the same `invalid`. Chunks may be
 * reused by the caller once `write` returns.
 */
export class Utf8Stream {
  /** Known once the first four bytes have arrived (or the end, for a shorter file). */
  encoding: Decoded["encoding"] | undefined;
  /** The first byte that is not UTF-8, and which U+FFFD in the text replaced it (0-based). */
  invalid: { byte: number; replacement: number } | undefined;
  /** Bytes of a character that the last chunk cut (or the first bytes, until there are four). */
  private held: Uint8Array = noBytes;
  private first = true;
  /** U+FFFD characters in the text so far, while no invalid byte has been found. */
  private replacements = 0;

  write(chunk: Uint8Array, last = false): string {
    if (this.encoding === "utf-16" || this.encoding === "zip") return "";
    const bytes = concat(this.held, chunk);
    this.held = noBytes;
    if (this.encoding === undefined) {
      if (bytes.length < 4 && !last) {
        this.held = bytes.slice();
        return "";
      }
      this.encoding = sniff(bytes) ?? "utf-8";
      if (this.encoding !== "utf-8") return "";
    }
    const cut = last ? bytes.length : completeUpTo(bytes);
    if (cut < bytes.length) this.held = bytes.slice(cut);
    return this.decode(bytes.subarray(0, cut));
  }

  end(): string {
    return this.write(noBytes, true);
  }

  private decode(bytes: Uint8Array): string {
    if (bytes.length === 0) return "";
    const [strictDecoder, lenientDecoder] = this.first ? [strict, lenient] : [strictNoBom, lenientNoBom];
    this.first = false;
    if (this.invalid) return lenientDecoder.decode(bytes);
    try {
      const text = strictDecoder.decode(bytes);
      if (text.includes("\uFFFD")) this.replacements += countReplacements(text);
      return text;
    } catch {
      const at = firstInvalidUtf8(bytes);
      const text = lenientDecoder.decode(bytes);
      if (at < 0) return text;
      const before = countReplacements(lenientDecoder.decode(bytes.subarray(0, at)));
      this.invalid = { byte: bytes[at] as number, replacement: this.replacements + before };
      return text;
    }
  }
}
