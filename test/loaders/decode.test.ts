import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, Utf8Stream } from "../../loaders/decode.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Writes `bytes` in chunks of `size` (the last chunk may be shorter) and joins the texts. */
function streamed(bytes: Uint8Array, size: number) {
  const stream = new Utf8Stream();
  let text = "";
  for (let at = 0; at < bytes.length; at += size) text += stream.write(bytes.slice(at, at + size));
  text += stream.end();
  return { encoding: stream.encoding, text, invalid: stream.invalid };
}

function whole(bytes: Uint8Array) {
  const decoded = decodeUtf8(bytes);
  return decoded.encoding === "utf-8"
    ? { encoding: "utf-8", text: decoded.text, invalid: decoded.invalid }
    : { encoding: decoded.encoding, text: "", invalid: undefined };
}

describe("Utf8Stream", () => {
  it("write(chunk) joins characters that a chunk boundary cuts", () => {
    const bytes = utf8("Caf\u00e9 \u20ac 𝄞");
    for (let size = 1; size <= bytes.length; size++) expect(streamed(bytes, size)).toEqual(whole(bytes));
  });

  it("write(chunk) strips a byte-order mark cut across chunks, and only the first one", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("id\n\uFEFFx")]);
    for (let size = 1; size <= bytes.length; size++) expect(streamed(bytes, size).text).toBe("id\n\uFEFFx");
  });

  it("write(chunk) finds the first invalid byte when a chunk boundary cuts it or its sequence", () => {
    const bytes = new Uint8Array([...utf8("a\uFFFDb"), 0xe2, 0x82, ...utf8("c"), 0xe9, 0xf0, 0x9d]);
    for (let size = 1; size <= bytes.length; size++) {
      expect(streamed(bytes, size)).toEqual(whole(bytes));
      expect(streamed(bytes, size).invalid).toEqual({ byte: 0xe2, replacement: 1 });
    }
  });

  it("write(chunk) refuses UTF-16 and zip files even when their first bytes come one at a time", () => {
    expect(streamed(new Uint8Array([0xff, 0xfe, 0x69, 0]), 1).encoding).toBe("utf-16");
    expect(streamed(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]), 1).encoding).toBe("zip");
    expect(streamed(new Uint8Array([0x69]), 1)).toEqual(whole(new Uint8Array([0x69])));
  });

  it("write(chunk) in any chunks gives decodeUtf8's text and invalid byte (property)", () => {
    const bytes = fc
      .uint8Array({ maxLength: 40 })
      .chain((random) =>
        fc.constantFrom(random, new Uint8Array([0xef, 0xbb, 0xbf, ...random]), utf8(`é€𝄞${random.join("")}`)),
      );
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 9 }), (b, size) => {
        expect(streamed(b, size)).toEqual(whole(b));
      }),
    );
  });
});
