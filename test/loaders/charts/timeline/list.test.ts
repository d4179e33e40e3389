import { describe, expect, it } from "vitest";
import {
  countText,
  entryHtml,
  type ListContext,
  listContext,
  timelineListHtml,
} from "../../../../loaders/charts/timeline/list.ts";
import { compileTimeline, type TimelineItem } from "../../../../loaders/compile/timeline.ts";
import { parseDate } from "../../../../loaders/dates.ts";
import { loadEvidence } from "../../../../loaders/evidence.ts";
import type {
  Annotation,
  Evidence,
  EvidenceEvent,
  PartialDate,
  Statement,
} from "../../../../loaders/model.ts";
import { pageLinks } from "../../../../loaders/render/evidence-html.ts";
import { openListLimit } from "../../../../loaders/render/limits.ts";
import { emptyEvidence } from "../../../../loaders/validate.ts";
import { evidenceFrom } from "../../evidence-from.ts";

const date = (iso: string) => parseDate(iso) as PartialDate;
const event = (id: string, on: string, more: Partial<EvidenceEvent> = {}): EvidenceEvent => ({
  id,
  date: date(on),
  actors: ["firm"],
  kind: "report",
  title: `Title of ${id}`,
  status: "reported",
  sources: ["paper-1"],
  extra: {},
  ...more,
});
const base: Evidence = {
  ...emptyEvidence(),
  actors: [{ id: "firm", name: "Firm & Co", kind: "company", extra: {} }],
  sources: [
    { id: "paper-1", outlet: "The Paper", title: "Firm did it", url: "https://example.org/a", extra: {} },
    { id: "bad-url", outlet: "Sketchy", title: "x", url: "javascript:alert(1)", extra: {} },
  ],
};
const everyPage = pageLinks({
  timeline: "/timeline",
  statements: "/statements",
  claims: "/statements",
  sources: "/sources",
  comparison: "/banks",
});
const context = (evidence: Evidence, to = everyPage): ListContext => listContext(evidence, to);
const itemsOf = (evidence: Evidence): TimelineItem[] => compileTimeline(evidence).items;
const one = (evidence: Evidence): string => {
  const [item] = itemsOf(evidence);
  if (!item) throw new Error("no item");
  return entryHtml(item, context(evidence));
};

describe("entryHtml(item, context)", () => {
  it("is one list item whose id is the item's id, so /timeline#<event-id> opens it", () => {
    expect(one(evidenceFrom({ ...base, events: [event("e-1", "2018-08-06")] }))).toMatch(
      /^<li id="e-1" class="tl-entry">.*<\/li>$/,
    );
  });

  it("dates the item with a machine-readable date", () => {
    expect(one(evidenceFrom({ ...base, events: [event("e", "2018-08-06")] }))).toContain(
      '<time datetime="2018-08-06">Aug 6, 2018</time>',
    );
  });

  it("says when a date is known only to the month", () => {
    expect(one(evidenceFrom({ ...base, events: [event("e", "2018-08")] }))).toContain(
      "(date known to the month)",
    );
  });

  it("gives a period both its dates", () => {
    const html = one(
      evidenceFrom({ ...base, events: [event("e", "2017-08", { endDate: date("2018-08") })] }),
    );
    expect(html).toContain(
      '<time datetime="2017-08">August 2017</time> – <time datetime="2018-08">August 2018</time>',
    );
  });

  it("keeps the date note", () => {
    const html = one(
      evidenceFrom({ ...base, events: [event("e", "2017", { dateNote: "over the past year" })] }),
    );
    expect(html).toContain("Date: over the past year");
  });

  it("names the status in words beside its symbol", () => {
    const html = one(evidenceFrom({ ...base, events: [event("e", "2018", { status: "denied" })] }));
    expect(html).toContain('<span class="tl-icon tl-icon-cross tl-status-denied" aria-hidden="true"></span>');
    expect(html).toContain('<span class="tl-status-text">denied</span> · report');
  });

  it("cites each source by number, a link to its entry; the list below links the original only when its address is http(s)", () => {
    const evidence = evidenceFrom({
      ...base,
      events: [event("e", "2018", { sources: ["paper-1", "bad-url"] })],
    });
    const html = one(evidence);
    expect(html).toContain(
      '<a class="ref" href="/sources#paper-1" aria-label="Source 1" aria-describedby="ref--timeline--1--name">1</a>',
    );
    expect(html).toContain('href="/sources#bad-url" aria-label="Source 2"');
    expect(html).not.toContain("The Paper");
    const list = timelineListHtml(compileTimeline(evidence), context(evidence));
    expect(list).toContain('href="https://example.org/a"');
    expect(list).not.toContain("javascript:");
  });

  it("escapes text from the data, Framework's ${ included, and never leaves a raw line break", () => {
    const html = one(
      evidenceFrom({
        ...base,
        events: [event("e", "2018", { title: "<script>${alert(1)}</script>", summary: "one\n\ntwo" })],
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("${");
    expect(html).not.toMatch(/\n/);
  });

  it("quotes a statement verbatim and links it to the statements page", () => {
    const evidence: Evidence = {
      ...base,
      statements: [
        {
          id: "s",
          date: date("2018-08-07"),
          speaker: "firm",
          text: 'We do not "share" data.',
          topics: [],
          sources: ["paper-1"],
          extra: {},
        },
      ],
    };
    const html = one(evidence);
    expect(html).toMatch(/^<li id="statement--s"/);
    expect(html).toContain("<blockquote");
    expect(html).toContain("We do not &quot;share&quot; data.");
    expect(html).toContain('href="/statements#s"');
    expect(html).toContain("Said by: Firm &amp; Co");
  });

  it("does not link to the statements page when the site has none", () => {
    const evidence: Evidence = {
      ...base,
      statements: [
        {
          id: "s",
          date: date("2018"),
          speaker: "firm",
          text: "x",
          topics: [],
          sources: ["paper-1"],
          extra: {},
        },
      ],
    };
    const [item] = itemsOf(evidence);
    const html = entryHtml(item as TimelineItem, context(evidence, pageLinks({ timeline: "/timeline" })));
    expect(html).not.toContain("/statements#");
  });
});

describe("an annotation on a row (a key moment) in its entry", () => {
  const moment = (id: string, target: string, more: Partial<Annotation> = {}): Annotation => ({
    id,
    target,
    label: `Label of ${id}`,
    sources: ["paper-1"],
    extra: {},
    ...more,
  });
  const statement: Statement = {
    id: "s",
    date: date("2018-08-07"),
    speaker: "firm",
    medium: "press release",
    text: "We said it.",
    topics: [],
    sources: ["paper-1"],
    extra: {},
  };

  it("says the label and the text of one that is not a story step (the chart is hidden from screen readers)", () => {
    const html = one(
      evidenceFrom({
        ...base,
        events: [event("e", "2018-08-06")],
        annotations: [moment("m", "e", { text: "Why it <matters> & more." })],
      }),
    );
    expect(html).toContain('<p class="tl-entry-moment">Key moment: Label of m</p>');
    expect(html).toContain(
      '<p class="tl-entry-moment-text" dir="auto">Why it &lt;matters&gt; &amp; more.</p>',
    );
  });

  it("says every annotation on the row, in file order, not only the last", () => {
    const html = one(
      evidenceFrom({
        ...base,
        events: [event("e", "2018-08-06")],
        annotations: [moment("first", "e", { step: 1 }), moment("second", "e")],
      }),
    );
    const labels = [...html.matchAll(/<p class="tl-entry-moment">(.*?)<\/p>/g)].map((m) => m[1]);
    expect(labels).toEqual(["Key moment: Label of first", "Key moment: Label of second"]);
  });

  it("puts one on a statement in the statement's entry, and none where no annotation names the row", () => {
    const evidence = evidenceFrom({
      ...base,
      events: [event("e", "2018-08-06")],
      statements: [statement],
      annotations: [moment("m", "s", { label: "Firm <answers>" })],
    });
    const html = timelineListHtml(compileTimeline(evidence), context(evidence));
    const entries = html.split('<li id="').slice(1);
    expect(entries.filter((e) => e.includes("tl-entry-moment"))).toHaveLength(1);
    expect(entries.find((e) => e.includes("tl-entry-moment"))).toContain("We said it.");
    expect(html).toContain("Key moment: Firm &lt;answers&gt;");
  });

  it("leaves out the text paragraph when the annotation has none, and eras (no row) altogether", () => {
    const html = one(
      evidenceFrom({
        ...base,
        events: [event("e", "2018-08-06")],
        annotations: [
          moment("m", "e"),
          {
            id: "era",
            label: "An era",
            date: date("2018"),
            endDate: date("2019"),
            sources: ["paper-1"],
            extra: {},
          },
        ],
      }),
    );
    expect(html).not.toContain("tl-entry-moment-text");
    expect(html).not.toContain("An era");
  });
});

describe("timelineListHtml(timeline, context)", () => {
  it("lists every item once, in time order, grouped by year", () => {
    const evidence = evidenceFrom({
      ...base,
      events: [event("b", "2019-01-01"), event("a", "2018-05"), event("c", "2018-06-01")],
    });
    const html = timelineListHtml(compileTimeline(evidence), context(evidence));
    expect([...html.matchAll(/<li id="([^"]+)" class="tl-entry"/g)].map((m) => m[1])).toEqual([
      "a",
      "c",
      "b",
    ]);
    expect([...html.matchAll(/<h3>(\d{4})/g)].map((m) => m[1])).toEqual(["2018", "2019"]);
  });

  it("opens every year when the list is short", () => {
    const evidence = evidenceFrom({ ...base, events: [event("a", "2018")] });
    expect(timelineListHtml(compileTimeline(evidence), context(evidence))).toContain(
      '<details class="tl-year" open>',
    );
  });

  it("closes the years when the list is long, so the page stays usable", () => {
    const events = Array.from({ length: openListLimit + 1 }, (_, i) => event(`e-${i}`, "2018-01-01"));
    const evidence = evidenceFrom({ ...base, events });
    const html = timelineListHtml(compileTimeline(evidence), context(evidence));
    expect(html).toContain('<details class="tl-year">');
    expect(html).not.toContain(" open>");
  });

  it("numbers each source once for the whole list and lists it once, folded, below the years", () => {
    const events = Array.from({ length: openListLimit + 1 }, (_, i) => event(`e-${i}`, "2018-01-01"));
    const evidence = evidenceFrom({ ...base, events });
    const html = timelineListHtml(compileTimeline(evidence), context(evidence));
    expect(html.match(/aria-describedby="ref--timeline--1--name">1<\/a>/g)).toHaveLength(openListLimit + 1);
    expect(html.match(/https:\/\/example.org\/a/g)).toHaveLength(1);
    expect(html).toMatch(/<\/div><details class="references">.*<li id="ref--timeline--1">/);
  });

  it("has no blank line, so Markdown leaves the block alone", () => {
    const evidence = loadEvidence("data");
    expect(timelineListHtml(compileTimeline(evidence), context(evidence))).not.toMatch(/\n\s*\n/);
  });

  it("lists every event and statement of the shipped evidence", () => {
    const evidence = loadEvidence("data");
    const html = timelineListHtml(compileTimeline(evidence), context(evidence));
    expect(html.match(/<li id="[^"]+" class="tl-entry"/g)).toHaveLength(
      evidence.events.length + evidence.statements.length,
    );
  });
});

describe("countText(items)", () => {
  it("counts events and statements in words", () => {
    const evidence: Evidence = evidenceFrom({
      ...base,
      events: [event("a", "2018"), event("b", "2018")],
      statements: [
        { id: "s", date: date("2018"), speaker: "firm", text: "x", topics: [], sources: [], extra: {} },
      ],
    });
    expect(countText(itemsOf(evidence))).toBe("2 events and 1 statement");
  });
});
