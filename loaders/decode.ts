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

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (looksLikeUtf16(bytes)) return { encoding: "utf-16" };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { encoding: "zip" };
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
