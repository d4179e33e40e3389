// The site's content security policy, applied as the LAST step of the build: every rewrite of a
// page must come before it, since it hashes each page's inline scripts and styles as they are
// then. Each page gets its policy as a <meta http-equiv> (it holds on any static host), and
// dist/_headers (Netlify, Cloudflare Pages; npm start's server reads it too) carries the same
// policy as an HTTP header plus what a meta cannot: frame-ancestors and the other headers.
// Why each directive is what it is: docs/publishing.md.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isEmbedPage, pageUrlPaths } from "./built-pages.ts";
import { type HeaderRule, headersFileText } from "./headers-file.ts";
import { htmlFiles } from "./postprocess.ts";

/** Headers every response gets, whatever the file. */
export const siteWideHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // Readers' clicks to the sources tell those sites nothing about the page they came from.
  "Referrer-Policy": "same-origin",
};

/** `'sha256-…'`, the CSP source that allows an inline script or style with exactly this text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

// Script types a browser executes; any other type (application/ld+json, application/json…) is a
// data block, which the policy does not govern.
const executableTypes = /^(|module|(text|application)\/(java|ecma)script)$/i;

/** The text of every inline script a browser would execute, in page order. */
export function inlineScriptTexts(html: string): string[] {
  const texts: string[] = [];
  for (const [, attributes = "", text = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? "";
    if (executableTypes.test(type.trim())) texts.push(text);
  }
  return texts;
}

/** The text of every inline <style> element (also those in <noscript>, applied without scripts). */
export function inlineStyleTexts(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, text = ""]) => text);
}

/**
 * Elements with a style="…" attribute, which no hash can allow: the build refuses them (move
 * the declarations to a class in src/style.css or to a <style> element).
 */
export function styleAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][\w:-]*\b[^>]*?\sstyle\s*=\s*["'][^"']*["'][^>]*>/g)].map(([tag]) =>
    tag.slice(0, 120),
  );
}

/** The policy of a page (without frame-ancestors, which a meta cannot carry). */
export function pagePolicy(html: string): string {
  const hashes = (texts: string[]) => [...new Set(texts.map(sha256Source))].map((h) => ` ${h}`).join("");
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(inlineScriptTexts(html))}`,
    `style-src 'self'${hashes(inlineStyleTexts(html))}`,
    // data: for the page's empty favicon, blob: for a chart saved as an image.
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The page with its policy as the first element of its head, before any script or style. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const charset = /<meta charset="[^"]*">\n?/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}\n`);
  const head = /<head>\n?/i.exec(html);
  if (!head) throw new Error("page without <head>: the content security policy has nowhere to go");
  return html.replace(head[0], `${head[0]}${meta}\n`);
}

/**
 * Writes the policy into every page of `dir` and writes `dir/_headers`. Returns the style
 * attributes found (the build fails on any: the policy would silently drop them).
 */
export function applyContentSecurityPolicy(dir: string): { pages: number; styleAttributes: string[] } {
  const rules: HeaderRule[] = [{ path: "/*", headers: { ...siteWideHeaders } }];
  const offenders: string[] = [];
  const files = htmlFiles(dir).sort();
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    const page = relative(dir, file);
    for (const tag of styleAttributes(html)) offenders.push(`${page}: ${tag}`);
    const policy = pagePolicy(html);
    writeFileSync(file, withPolicyMeta(html, policy));
    const framing = `frame-ancestors ${isEmbedPage(page) ? "*" : "'self'"}`;
    for (const path of pageUrlPaths(page))
      rules.push({ path, headers: { "Content-Security-Policy": `${policy}; ${framing}` } });
  }
  writeFileSync(join(dir, "_headers"), headersFileText(rules));
  return { pages: files.length, styleAttributes: offenders };
}
