import { describe, expect, it } from "vitest";
import { quoteHtml } from "../../../loaders/render/evidence-html.ts";

describe("quoteHtml(statementId, words, context)", () => {
  it("quotes the words alone in a blockquote when there is no context", () => {
    expect(quoteHtml("s1", "We <do> not")).toBe(
      '<blockquote class="quote"><p class="quote-text" data-quote="s1" dir="auto">We &lt;do&gt; not</p></blockquote>',
    );
  });

  it("puts the reporter's context first, labelled and outside the blockquote, escaped", () => {
    const html = quoteHtml("s1", "sharing data", "the <b>bank</b> is not");
    expect(html).toBe(
      '<p class="quote-context"><span class="quote-context-label">As reported:</span> the &lt;b&gt;bank&lt;/b&gt; is not …</p><blockquote class="quote"><p class="quote-text" data-quote="s1" dir="auto">sharing data</p></blockquote>',
    );
  });
});
