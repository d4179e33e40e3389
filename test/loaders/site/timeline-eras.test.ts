// The periods the timeline draws (eras: annotations with dates and no row) are also in words
// under the chart, with their dates as the page writes them: the drawing is hidden from screen
// readers. An annotation on a row is not repeated there (it is beside its mark, in its row's
// list entry, and in the story).
import { describe, expect, it } from "vitest";
import { loadInvestigation } from "../../../loaders/site/investigation.ts";
import { renderSitePage } from "../../../loaders/site/render-page.ts";

const investigation = loadInvestigation("data");
const eras = investigation.evidence.annotations.filter((a) => a.target === undefined && a.date);

/** The text of each item of the list of notes inside the timeline's figure. */
function notesOf(html: string): string[] {
  const figure = /<figure class="chart tl-figure"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? "";
  const list = /<ul class="chart-notes">([\s\S]*?)<\/ul>/.exec(figure)?.[1] ?? "";
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/<[^>]+>/g, "")
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );
}

describe("the timeline's periods in words", () => {
  it("lists every era the chart draws, once, with its label, dates in words, text and sources", async () => {
    expect(eras.length).toBeGreaterThan(0);
    const notes = notesOf(await renderSitePage(investigation, "/timeline"));
    expect(notes).toHaveLength(eras.length);
    for (const era of eras) {
      const note = notes.find((n) => n.startsWith(era.label));
      expect(note, era.id).toBeDefined();
      expect(note).toContain(era.text ?? "");
      expect(note).toMatch(/Sources?: /);
    }
  });

  it("says an approximate start in words, never as a firm day", async () => {
    const approximate = eras.find((a) => a.date?.edtf?.start?.approximate);
    expect(approximate, "the shipped evidence has an era with an approximate date").toBeDefined();
    const notes = notesOf(await renderSitePage(investigation, "/timeline"));
    const note = notes.find((n) => n.startsWith(approximate?.label ?? "")) ?? "";
    expect(note).toMatch(/\(about [A-Z][a-z]+ 2017 – /);
  });
});
