// The sampling of a walk over a built site's numbered pages, and the file checks that stand in
// for the browser on the pages it does not open: each must catch what the browser would have.
// Small sites written here, no build and no browser.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { headersFileText } from "../../scripts/lib/headers-file.ts";
import { sampledPages, unopenedPageProblems } from "./page-sample.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const script = "console.log(1)";
const style = ".x{color:red}";
const policy = `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}`;

/** A site of `pages` (path → body), each page with its policy in a meta and in _headers. */
function site(pages: Record<string, string>, head = "", headers = policy): string {
  const dir = mkdtempSync(join(tmpdir(), "page-sample-"));
  dirs.push(dir);
  mkdirSync(join(dir, "_import"));
  writeFileSync(join(dir, "_import", "style.css"), "");
  for (const [path, body] of Object.entries(pages)) {
    const file = join(dir, path === "/" ? "index.html" : `${path}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}">` +
        `<link rel="stylesheet" href="/_import/style.css"><link rel="canonical" href="https://example.org${path}">` +
        `<script type="module">${script}</script><style>${style}</style>${head}</head><body>${body}</body></html>`,
    );
  }
  const rules = Object.keys(pages).map((path) => ({
    path,
    headers: { "Content-Security-Policy": `${headers}; frame-ancestors 'self'` },
  }));
  writeFileSync(join(dir, "_headers"), headersFileText(rules));
  return dir;
}

describe("sampledPages", () => {
  it("keeps every page outside a family of more than 3, and in one its smallest, largest, first and last", () => {
    const pages: Record<string, string> = {
      "/": "<h1>x</h1>",
      "/notes/1": "",
      "/notes/2": "",
      "/notes/3": "",
    };
    for (let year = 2010; year <= 2016; year++)
      pages[`/year/${year}`] = "x".repeat(year === 2013 ? 900 : 100);
    pages["/year/2012"] = "";
    const dir = site(pages);
    const sample = sampledPages(dir, Object.keys(pages).sort());
    expect([...sample].sort()).toEqual(
      [
        "/",
        "/notes/1",
        "/notes/2",
        "/notes/3",
        "/year/2010",
        "/year/2012",
        "/year/2013",
        "/year/2016",
      ].sort(),
    );
  });

  it("orders a family by its numbers, not as text", () => {
    const pages: Record<string, string> = {};
    for (const n of [1, 2, 9, 10, 11]) pages[`/sources/${n}`] = "x".repeat(100);
    pages["/sources/2"] = "";
    pages["/sources/10"] = "x".repeat(200);
    const sample = sampledPages(site(pages), Object.keys(pages).sort());
    expect([...sample].sort()).toEqual(["/sources/1", "/sources/10", "/sources/11", "/sources/2"]);
  });
});

describe("unopenedPageProblems", () => {
  it("finds nothing on a page with one h1, its policy and its own files", () => {
    expect(unopenedPageProblems(site({ "/a/1": "<h1>One</h1>" }), "/a/1")).toEqual([]);
  });

  it("finds no h1, or two", () => {
    const dir = site({ "/a/1": "<p>none</p>", "/a/2": "<h1>a</h1><h1 class=x>b</h1>" });
    expect(unopenedPageProblems(dir, "/a/1")).toEqual([expect.stringContaining("0 h1 elements")]);
    expect(unopenedPageProblems(dir, "/a/2")).toEqual([expect.stringContaining("2 h1 elements")]);
  });

  it("finds a page without a policy header, or one allowing unsafe code", () => {
    const missing = site({ "/a/1": "<h1>a</h1>" });
    writeFileSync(join(missing, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n");
    expect(unopenedPageProblems(missing, "/a/1").join("\n")).toContain("no content security policy header");
    const unsafe = site(
      { "/a/1": "<h1>a</h1>" },
      "",
      `${policy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")}`,
    );
    expect(unopenedPageProblems(unsafe, "/a/1").join("\n")).toContain("allows unsafe code");
  });

  it("finds an inline script or style the policy would block", () => {
    const dir = site({ "/a/1": "<h1>a</h1><script>alert(1)</script><style>p{}</style>" });
    expect(unopenedPageProblems(dir, "/a/1")).toEqual([
      expect.stringContaining("an inline script the policy blocks: alert(1)"),
      expect.stringContaining("an inline style the policy blocks: p{}"),
    ]);
  });

  it("finds a file loaded from another host or missing from the site, not a link or data block", () => {
    const head =
      '<script src="https://cdn.example/x.js"></script><link rel="modulepreload" href="../_import/gone.js">' +
      '<script type="application/json">{"a":1}</script><link rel="alternate" href="https://example.org/feed">';
    const dir = site({ "/a/1": '<h1>a</h1><a href="https://example.org/">a source</a>' }, head);
    expect(unopenedPageProblems(dir, "/a/1")).toEqual([
      expect.stringContaining("loads https://cdn.example/x.js from another host"),
      expect.stringContaining("loads ../_import/gone.js, which the site does not have"),
    ]);
  });
});
