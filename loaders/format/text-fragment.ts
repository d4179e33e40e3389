// Links to a quote's own words on the page it came from: a text fragment (URL Fragment Text
// Directives, https://wicg.github.io/scroll-to-text-fragment/), `#:~:text=start,end`, which a
// browser that supports it scrolls to and highlights; one that does not just opens the page.

/** The characters a directive term may hold as they are (the spec's text-directive-explicit-char),
 *  less the apostrophe, so every quote mark is percent-encoded alike. */
const explicit = /[A-Za-z0-9!$()*+./:;=?@_~]/;
const utf8 = new TextEncoder();

/**
 * One term of a text directive, every other character percent-encoded as UTF-8: `-`, `,` and
 * `&` would end or split the term, `#` and `%` would end the fragment or read as an escape.
 */
export function encodeTextDirectiveTerm(term: string): string {
  let out = "";
  for (const char of term) {
    if (explicit.test(char)) out += char;
    else for (const byte of utf8.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Words each end of a long quote is found by. */
const termWords = 4;
/** A quote of at most this many words is matched whole. */
const wholeWords = 2 * termWords;

/** Where a quote skips or adds words ("…", "...", "[the bank]"): a match must not span one. */
const gap = /\.\.\.|…|\[[^\]]*\]/;

/** Spaces collapsed; quote marks and punctuation off the ends (a page may set them otherwise). */
function tidy(words: readonly string[]): string {
  return words
    .join(" ")
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, "")
    .trim();
}

/**
 * The start and (for a long or elided quote) end terms that find `quote` on its page: the first
 * and last words, never across an elision or an editor's insertion. Undefined when the quote has
 * no words to find.
 */
export function quoteTerms(quote: string): { start: string; end?: string } | undefined {
  const segments = quote
    .split(gap)
    .map((s) => s.split(/\s+/).filter(Boolean))
    .filter((words) => tidy(words) !== "");
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return undefined;
  if (segments.length === 1 && first.length <= wholeWords) return { start: tidy(first) };
  const start = tidy(first.slice(0, termWords));
  const end = tidy(last.slice(-termWords));
  return start === end ? { start } : { start, end };
}

/** `:~:text=start,end` for a quote (the directive, without the `#`), or undefined. */
export function textDirective(quote: string): string | undefined {
  const terms = quoteTerms(quote);
  if (!terms) return undefined;
  const start = encodeTextDirectiveTerm(terms.start);
  return `:~:text=${terms.end === undefined ? start : `${start},${encodeTextDirectiveTerm(terms.end)}`}`;
}

/**
 * `url` with a text fragment for `quote`: after the page's own fragment when it has one (the
 * directive follows it), else as the fragment. `url` itself when the quote has no words.
 */
export function urlToQuote(url: string, quote: string): string {
  const directive = textDirective(quote);
  if (!directive) return url;
  const hash = url.indexOf("#");
  if (hash < 0) return `${url}#${directive}`;
  // A fragment that already holds directives takes one more after `&`.
  return url.includes(":~:", hash) ? `${url}&${directive.slice(3)}` : `${url}${directive}`;
}
