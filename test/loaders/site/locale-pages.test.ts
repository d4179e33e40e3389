// The site in another language: every page of the shipped investigation rendered in de, in
// process (no build, no browser), shows none of the English catalogue's words. A kit string
// that bypasses the catalogue while an English message says the same thing is caught here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadInvestigation } from "../../../loaders/site/investigation.ts";
import { inSiteLocale } from "../../../loaders/site/locale.ts";
import { renderSitePage } from "../../../loaders/site/render-page.ts";
import { en } from "../../../src/shared/locale/catalogues/en/index.ts";
import { catalogues } from "../../../src/shared/locale/catalogues/index.ts";
import type { Message } from "../../../src/shared/locale/message.ts";

/** The fixed words of a message: its texts cut at placeholders, the pieces long enough to mean something. */
function fragments(message: Message): string[] {
  const texts = typeof message === "string" ? [message] : Object.values(message);
  return texts
    .flatMap((text) => text.split(/\{[a-zA-Z]+\}/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 12);
}

/** English words that are the same in the other language (a name, a file format), or that the
 *  investigation's own site.json writes (its words are never translated), are not findings. */
function englishOnly(language: string, own: string): string[] {
  const other = JSON.stringify(catalogues[language]);
  return [...new Set(Object.values(en).flatMap(fragments))].filter(
    (piece) => !other.includes(piece) && !own.includes(piece),
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("renderSitePage(investigation, path) in de", () => {
  it("shows no message of the English catalogue on any page of the shipped investigation", async () => {
    const investigation = loadInvestigation("data");
    const english = englishOnly("de", readFileSync("data/site.json", "utf8"));
    expect(english.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const page of investigation.settings.pages) {
      const html = await inSiteLocale("de-DE", () => renderSitePage(investigation, page.path));
      const shown = text(html.replace(/<meta name="dossier-messages"[^>]*>/, ""));
      for (const piece of english) if (shown.includes(piece)) found.push(`${page.path}: "${piece}"`);
    }
    expect(found).toEqual([]);
  });
});
