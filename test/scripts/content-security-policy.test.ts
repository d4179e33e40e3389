import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  applyContentSecurityPolicy,
  inlineScriptTexts,
  inlineStyleTexts,
  pagePolicy,
  sha256Source,
  styleAttributes,
  withPolicyMeta,
} from "../../scripts/lib/content-security-policy.ts";
import { headersFor, parseHeadersFile } from "../../scripts/lib/headers-file.ts";

describe("sha256Source(text)", () => {
  it("is the base64 SHA-256 of the UTF-8 text, quoted as CSP writes it", () => {
    const text = 'define({id: "é"});';
    const digest = createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64");
    expect(sha256Source(text)).toBe(`'sha256-${digest}'`);
  });
});

describe("inlineScriptTexts(html)", () => {
  it("returns the exact text of classic and module inline scripts, not external scripts or data blocks", () => {
    const html = [
      "<script>\na()\n</script>",
      '<script type="module">import "./x.js";</script>',
      '<script type="text/javascript">b()</script>',
      '<script type="module" src="./y.js"></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type="application/json" id="data">[1]</script>',
    ].join("");
    expect(inlineScriptTexts(html)).toEqual(["\na()\n", 'import "./x.js";', "b()"]);
  });
});

describe("inlineStyleTexts(html) and styleAttributes(html)", () => {
  it("finds style elements, also in noscript, and style attributes but not the words in text", () => {
    const html =
      '<noscript><style>.a{display:none}</style></noscript><style>.b{}</style><div class="x" style="color:red"></div><textarea>&lt;iframe style="width:100%"&gt;</textarea>';
    expect(inlineStyleTexts(html)).toEqual([".a{display:none}", ".b{}"]);
    expect(styleAttributes(html)).toEqual(['<div class="x" style="color:red">']);
  });
});

describe("pagePolicy(html)", () => {
  it("allows the site's own files and exactly the page's inline scripts and styles, nothing unsafe", () => {
    const policy = pagePolicy("<script>a()</script><script>a()</script><style>.b{}</style>");
    expect(policy).toContain(`script-src 'self' ${sha256Source("a()")};`);
    expect(policy).toContain(`style-src 'self' ${sha256Source(".b{}")};`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe|\*|https?:/);
  });
});

describe("withPolicyMeta(html, policy)", () => {
  it("puts the policy right after the charset, before any script or style", () => {
    const html = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<script>a()</script>';
    const secured = withPolicyMeta(html, "default-src 'self'");
    expect(secured).toContain(
      `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'self'">\n<script>`,
    );
  });
});

describe("applyContentSecurityPolicy(dir)", () => {
  it("secures every page and writes _headers: the same policy, embeds framable anywhere, others by the site only", () => {
    const dir = mkdtempSync(join(tmpdir(), "csp-"));
    mkdirSync(join(dir, "embed"));
    const page = (script: string) =>
      `<html><head><meta charset="utf-8"></head><body><script>${script}</script>`;
    writeFileSync(join(dir, "index.html"), page("home()"));
    writeFileSync(join(dir, "embed.html"), page("gallery()"));
    writeFileSync(join(dir, "embed", "chart.html"), page("chart()"));
    const { pages, styleAttributes: found } = applyContentSecurityPolicy(dir);
    expect(pages).toBe(3);
    expect(found).toEqual([]);
    const rules = parseHeadersFile(readFileSync(join(dir, "_headers"), "utf8"));
    const home = headersFor(rules, "/");
    const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
      readFileSync(join(dir, "index.html"), "utf8"),
    )?.[1];
    expect(home["content-security-policy"]).toBe(`${meta}; frame-ancestors 'self'`);
    expect(home["x-content-type-options"]).toBe("nosniff");
    expect(home["referrer-policy"]).toBe("same-origin");
    expect(headersFor(rules, "/index.html")["content-security-policy"]).toBe(home["content-security-policy"]);
    expect(headersFor(rules, "/embed")["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(headersFor(rules, "/embed/chart")["content-security-policy"]).toMatch(
      new RegExp(`${sha256Source("chart()").replace(/[+/]/g, "\\$&")}.*frame-ancestors \\*$`),
    );
    expect(headersFor(rules, "/_import/style.css")["content-security-policy"]).toBeUndefined();
  });
});
