import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodeTextDirectiveTerm,
  quoteTerms,
  textDirective,
  urlToQuote,
} from "../../../loaders/format/text-fragment.ts";
import { waybackLookupUrl } from "../../../loaders/format/wayback-lookup.ts";

// The grammar of https://wicg.github.io/scroll-to-text-fragment/#syntax, as regular expressions:
// text-directive-string = 1*(text-directive-explicit-char / percent-encoded-byte)
const explicitChar = "[A-Za-z0-9!$'()*+./:;=?@_~]";
const directiveString = `(?:${explicitChar}|%[0-9A-Fa-f]{2})+`;
// text-directive = "text=" [prefix "-,"] start ["," end] [",-" suffix]
const textDirectiveGrammar = new RegExp(
  `^:~:text=(?:${directiveString}-,)?${directiveString}(?:,${directiveString})?(?:,-${directiveString})?$`,
);
const termGrammar = new RegExp(`^${directiveString}$`);

/** Text of any code point but lone surrogates, with the characters the spec cares about often. */
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."-,&#%\"'“”‘’ é–…👍"),
      fc
        .integer({ min: 0, max: 0x10ffff })
        .filter((n) => n < 0xd800 || n > 0xdfff)
        .map((n) => String.fromCodePoint(n)),
    ),
    { minLength: 1 },
  )
  .map((chars) => chars.join(""));

describe("encodeTextDirectiveTerm(term)", () => {
  it("percent-encodes the characters that would end, split or escape a term", () => {
    expect(encodeTextDirectiveTerm("a-b")).toBe("a%2Db");
    expect(encodeTextDirectiveTerm("a,b")).toBe("a%2Cb");
    expect(encodeTextDirectiveTerm("a&b")).toBe("a%26b");
    expect(encodeTextDirectiveTerm("a#b")).toBe("a%23b");
    expect(encodeTextDirectiveTerm("100%")).toBe("100%25");
    expect(encodeTextDirectiveTerm("a b")).toBe("a%20b");
  });

  it("percent-encodes quote marks, straight and curly", () => {
    expect(encodeTextDirectiveTerm(`"it's"`)).toBe("%22it%27s%22");
    expect(encodeTextDirectiveTerm("“no”")).toBe("%E2%80%9Cno%E2%80%9D");
  });

  it("percent-encodes non-ASCII text as UTF-8 bytes, astral characters included", () => {
    expect(encodeTextDirectiveTerm("café")).toBe("caf%C3%A9");
    expect(encodeTextDirectiveTerm("مرحبا")).toBe("%D9%85%D8%B1%D8%AD%D8%A8%D8%A7");
    expect(encodeTextDirectiveTerm("👍")).toBe("%F0%9F%91%8D");
  });

  it("keeps letters, digits and the spec's other explicit characters as they are", () => {
    expect(encodeTextDirectiveTerm("Abc123.!$()*+/:;=?@_~")).toBe("Abc123.!$()*+/:;=?@_~");
  });

  it("gives, for any text, a term of the spec's grammar that decodes back to the text", () => {
    fc.assert(
      fc.property(anyText, (term) => {
        const encoded = encodeTextDirectiveTerm(term);
        expect(encoded).toMatch(termGrammar);
        expect(decodeURIComponent(encoded)).toBe(term);
        expect(encoded).not.toMatch(/[-,&#"'\s]/);
      }),
    );
  });
});

describe("quoteTerms(quote)", () => {
  it("matches a short quote whole, without the quote marks and punctuation at its ends", () => {
    expect(quoteTerms("“We run ads.”")).toEqual({ start: "We run ads" });
    expect(quoteTerms('"We do not share customer data," she said.')).toEqual({
      start: 'We do not share customer data," she said',
    });
  });

  it("finds a long quote by its first and last words", () => {
    expect(
      quoteTerms(
        "Maintaining the privacy of customer data is of paramount importance to Wells Fargo, and always will be.",
      ),
    ).toEqual({ start: "Maintaining the privacy of", end: "and always will be" });
  });

  it("never spans an elision or an editor's insertion", () => {
    expect(quoteTerms("Maintaining the privacy ... We are not actively engaged")).toEqual({
      start: "Maintaining the privacy",
      end: "are not actively engaged",
    });
    expect(quoteTerms("We are [not] engaged")).toEqual({ start: "We are", end: "engaged" });
    expect(quoteTerms("… the rest of it")).toEqual({ start: "the rest of it" });
  });

  it("has nothing to find in a quote without words", () => {
    expect(quoteTerms("…")).toBeUndefined();
    expect(quoteTerms("  ")).toBeUndefined();
  });
});

describe("textDirective(quote)", () => {
  it("is of the spec's grammar, with every term percent-encoded", () => {
    const short = textDirective("“pay-as-you-go”, 100% & #1");
    expect(short).toMatch(textDirectiveGrammar);
    expect(short).toBe(":~:text=pay%2Das%2Dyou%2Dgo%E2%80%9D%2C%20100%25%20%26%20%231");
    const long = textDirective("It's a “pay-as-you-go” plan, opt-in & free, for the café's 100% of users.");
    expect(long).toMatch(textDirectiveGrammar);
    expect(long).toBe(
      ":~:text=It%27s%20a%20%E2%80%9Cpay%2Das%2Dyou%2Dgo%E2%80%9D%20plan,caf%C3%A9%27s%20100%25%20of%20users",
    );
  });

  it("is of the spec's grammar for any quote with words", () => {
    fc.assert(
      fc.property(anyText, (quote) => {
        const directive = textDirective(quote);
        if (directive !== undefined) expect(directive).toMatch(textDirectiveGrammar);
      }),
    );
  });
});

describe("urlToQuote(url, quote)", () => {
  it("adds the directive as the fragment, or after the page's own fragment", () => {
    expect(urlToQuote("https://example.org/a", "We run ads.")).toBe(
      "https://example.org/a#:~:text=We%20run%20ads",
    );
    expect(urlToQuote("https://example.org/a#top", "We run ads.")).toBe(
      "https://example.org/a#top:~:text=We%20run%20ads",
    );
    expect(urlToQuote("https://example.org/a#:~:text=x", "We run ads.")).toBe(
      "https://example.org/a#:~:text=x&text=We%20run%20ads",
    );
  });

  it("works on an archived copy's address as on the live one", () => {
    expect(urlToQuote("https://web.archive.org/web/20180806/https://example.org/a", "No.")).toBe(
      "https://web.archive.org/web/20180806/https://example.org/a#:~:text=No",
    );
  });

  it("leaves the address alone when the quote has no words", () => {
    expect(urlToQuote("https://example.org/a", "…")).toBe("https://example.org/a");
  });
});

describe("waybackLookupUrl(url, date)", () => {
  it("asks the Wayback Machine for the captures nearest the date, at its precision", () => {
    const url = "https://example.org/a?b=1";
    expect(waybackLookupUrl(url, { iso: "2018-08-06", precision: "day" })).toBe(
      "https://web.archive.org/web/20180806/https://example.org/a?b=1",
    );
    expect(waybackLookupUrl(url, { iso: "2018-08", precision: "month" })).toBe(
      "https://web.archive.org/web/201808/https://example.org/a?b=1",
    );
  });

  it("lists every capture when no date is known", () => {
    expect(waybackLookupUrl("https://example.org/a")).toBe(
      "https://web.archive.org/web/*/https://example.org/a",
    );
  });
});
