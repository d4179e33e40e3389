import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DiffPart,
  diffCounts,
  diffSides,
  diffWords,
  similarity,
  tokenizeWords,
} from "../../src/shared/word-diff.ts";

const join = (parts: readonly DiffPart[]) => parts.map((p) => p.text).join("");
const show = (parts: readonly DiffPart[]) =>
  parts
    .map((p) => (p.op === "equal" ? p.text : p.op === "delete" ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join("");

describe("tokenizeWords(text)", () => {
  it("splits words, punctuation marks and spaces, and joins back to the text", () => {
    const text = "Like many online companies, we routinely talk.";
    const tokens = tokenizeWords(text);
    expect(tokens).toEqual([
      "Like",
      " ",
      "many",
      " ",
      "online",
      " ",
      "companies",
      ",",
      " ",
      "we",
      " ",
      "routinely",
      " ",
      "talk",
      ".",
    ]);
    expect(tokens.join("")).toBe(text);
  });

  it("keeps contractions, emoji sequences and combining marks whole", () => {
    expect(tokenizeWords("don't 👨‍👩‍👧 e\u0301")).toEqual(["don't", " ", "👨‍👩‍👧", " ", "e\u0301"]);
  });

  it("splits right-to-left text at its spaces", () => {
    expect(tokenizeWords("مرحبا بالعالم")).toEqual(["مرحبا", " ", "بالعالم"]);
  });

  it("returns no tokens for an empty string", () => {
    expect(tokenizeWords("")).toEqual([]);
  });
});

describe("diffWords(a, b)", () => {
  it("marks a replaced word as one deletion and one insertion", () => {
    expect(show(diffWords("we routinely talk to banks", "we partner with banks"))).toBe(
      "we [-routinely talk to-]{+partner with+} banks",
    );
  });

  it("keeps punctuation as its own token, so a changed comma is the only change", () => {
    expect(diffWords("yes, we do", "yes; we do")).toEqual([
      { op: "equal", text: "yes" },
      { op: "delete", text: "," },
      { op: "insert", text: ";" },
      { op: "equal", text: " we do" },
    ]);
  });

  it("does not glue punctuation to a word: a word followed by a full stop still matches", () => {
    expect(show(diffWords("We run ads.", "We run ads and more."))).toBe("We run ads{+ and more+}.");
  });

  it("matches repeated words in order and deletes only the extra occurrence", () => {
    expect(show(diffWords("the cat the dog", "the dog"))).toBe("the [-cat the -]dog");
    expect(show(diffWords("a b a b a", "a b a"))).toBe("a b a[- b a-]");
  });

  it("reports an insertion only when the first text is empty", () => {
    expect(diffWords("", "new words")).toEqual([{ op: "insert", text: "new words" }]);
  });

  it("reports a deletion only when the second text is empty", () => {
    expect(diffWords("old words", "")).toEqual([{ op: "delete", text: "old words" }]);
  });

  it("returns no parts for two empty strings and one equal part for equal texts", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("same text.", "same text.")).toEqual([{ op: "equal", text: "same text." }]);
  });

  it("is case-sensitive: a capitalised word is a change", () => {
    expect(show(diffWords("Facebook said", "facebook said"))).toBe("[-Facebook-]{+facebook+} said");
  });

  it("treats a changed space as a change, so both texts stay verbatim", () => {
    const parts = diffWords("two  spaces", "two spaces");
    expect(show(parts)).toBe("two[-  -]{+ +}spaces");
  });

  it("folds a space between two changes into the changes", () => {
    expect(show(diffWords("the quick brown fox", "the slow red fox"))).toBe(
      "the [-quick brown-]{+slow red+} fox",
    );
  });

  it("handles markup-like text as plain tokens", () => {
    expect(show(diffWords("<b>bold</b>", "<i>bold</i>"))).toBe("<[-b-]{+i+}>bold</[-b-]{+i+}>");
  });

  it("falls back to one deletion and one insertion for texts with thousands of changes", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(" ");
    expect(diffWords(a, b)).toEqual([
      { op: "delete", text: a },
      { op: "insert", text: b },
    ]);
  });

  it("keeps both texts verbatim: equal+deleted gives a, equal+inserted gives b (property)", () => {
    const word = fc.constantFrom(
      "we",
      "We",
      "don't",
      "banks",
      ",",
      ".",
      " ",
      "  ",
      "\n",
      "—",
      "😀",
      "שלום",
      "e\u0301",
    );
    const text = fc.array(word, { maxLength: 25 }).map((w) => w.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { before, after } = diffSides(diffWords(a, b));
        expect(join(before)).toBe(a);
        expect(join(after)).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps as many tokens as the longest common subsequence (property, against a DP reference)", () => {
    const lcs = (a: string[], b: string[]) => {
      const row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        let diagonal = 0;
        for (let j = 1; j <= b.length; j++) {
          const above = row[j] as number;
          row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
          diagonal = above;
        }
      }
      return row[b.length] as number;
    };
    const text = fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const kept = diffWords(a, b)
          .filter((p) => p.op === "equal")
          .flatMap((p) => tokenizeWords(p.text));
        // Folding a space into a change may give up a kept space, never a kept word.
        const keptWords = kept.filter((t) => t !== " ").length;
        const best = lcs(
          tokenizeWords(a).filter((t) => t !== " "),
          tokenizeWords(b).filter((t) => t !== " "),
        );
        expect(keptWords).toBe(best);
      }),
      { numRuns: 300 },
    );
  });

  it("never returns two adjacent parts of the same kind or an empty part (property)", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", " ", ","), { maxLength: 20 }).map((w) => w.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffWords(a, b);
        for (let i = 0; i < parts.length; i++) {
          expect(parts[i]?.text).not.toBe("");
          if (i > 0) expect(parts[i]?.op === parts[i - 1]?.op).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("diffCounts(parts) and similarity(parts)", () => {
  it("counts words only, not spaces or punctuation", () => {
    expect(diffCounts(diffWords("we do, yes.", "we did, yes!"))).toEqual({
      deleted: 1,
      inserted: 1,
      kept: 2,
    });
  });

  it("gives 1 for identical texts and 0 for texts with no word in common", () => {
    expect(similarity(diffWords("a b c", "a b c"))).toBe(1);
    expect(similarity(diffWords("a b c", "x y z"))).toBe(0);
  });
});
