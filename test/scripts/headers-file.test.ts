import { describe, expect, it } from "vitest";
import {
  type HeaderRule,
  headersFileText,
  headersFor,
  parseHeadersFile,
} from "../../scripts/lib/headers-file.ts";

describe("parseHeadersFile(headersFileText(rules))", () => {
  it("reads back the rules it wrote", () => {
    const rules: HeaderRule[] = [
      { path: "/*", headers: { "X-Content-Type-Options": "nosniff" } },
      { path: "/embed/a", headers: { "Content-Security-Policy": "default-src 'self'; frame-ancestors *" } },
    ];
    expect(parseHeadersFile(headersFileText(rules))).toEqual(rules);
  });
  it("rejects a header line before any path, naming the line", () => {
    expect(() => parseHeadersFile("# comment\n  X-A: b\n")).toThrow(/line 2/);
  });
});

describe("headersFor(rules, urlPath)", () => {
  const rules = parseHeadersFile("/*\n  X-A: all\n/embed/*\n  X-A: embed\n  X-B: b\n/timeline\n  X-C: c\n");
  it("combines every matching rule as the hosts do, a splat matching any rest", () => {
    expect(headersFor(rules, "/embed/chart")).toEqual({ "x-a": "all, embed", "x-b": "b" });
    expect(headersFor(rules, "/timeline")).toEqual({ "x-a": "all", "x-c": "c" });
  });
  it("matches a path without a splat exactly", () => {
    expect(headersFor(rules, "/timeline/2018")).toEqual({ "x-a": "all" });
  });
});
