import { describe, expect, it } from "vitest";
import { safeHref } from "../../loaders/render/html.ts";
import { escapeHtml } from "../../src/shared/html.ts";

describe("escapeHtml(text)", () => {
  it("turns markup into inert text", () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
    );
  });
  it("escapes Framework's ${…} expressions and backticks so data cannot run as code", () => {
    expect(escapeHtml("${alert(1)}")).toBe("&#36;{alert(1)}");
    expect(escapeHtml("`x`")).toBe("&#96;x&#96;");
  });
  it("leaves ordinary text, quotes aside, unchanged", () => {
    expect(escapeHtml("We don’t sell anyone’s data – 12 million")).toBe(
      "We don’t sell anyone’s data – 12 million",
    );
  });
});

describe("safeHref(url)", () => {
  it("accepts http and https URLs", () => {
    expect(safeHref("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHref("http://example.org")).toBe("http://example.org/");
  });
  it("refuses javascript:, data: and relative URLs", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref(" JavaScript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,<script>alert(1)</script>")).toBeUndefined();
    expect(safeHref("/relative")).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
