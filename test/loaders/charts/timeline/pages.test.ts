import { describe, expect, it } from "vitest";
import { listContext } from "../../../../loaders/charts/timeline/list.ts";
import {
  entryHref,
  entryPaths,
  isPaged,
  itemsByYear,
  itemYear,
  yearIndexHtml,
  yearListHtml,
  yearPagePaths,
} from "../../../../loaders/charts/timeline/pages.ts";
import { compileTimeline, type Timeline } from "../../../../loaders/compile/timeline.ts";
import { parseDate } from "../../../../loaders/dates.ts";
import { loadEvidence } from "../../../../loaders/evidence.ts";
import type { Evidence, EvidenceEvent, PartialDate } from "../../../../loaders/model.ts";
import { pageLinks } from "../../../../loaders/render/evidence-html.ts";
import { openListLimit } from "../../../../loaders/render/limits.ts";
import { emptyEvidence } from "../../../../loaders/validate.ts";
import { evidenceFrom } from "../../evidence-from.ts";

const date = (iso: string) => parseDate(iso) as PartialDate;
const event = (id: string, on: string): EvidenceEvent => ({
  id,
  date: date(on),
  actors: ["firm"],
  kind: "report",
  title: `Title of ${id}`,
  status: "reported",
  sources: ["paper-1"],
  extra: {},
});
const base: Evidence = {
  ...emptyEvidence(),
  actors: [{ id: "firm", name: "Firm & Co", kind: "company", extra: {} }],
  sources: [
    { id: "paper-1", outlet: "The Paper", title: "Firm did it", url: "https://example.org/a", extra: {} },
  ],
};
/** `n` events spread over 2016–2019, one a day from 1 January of each year. */
const spread = (n: number): Evidence =>
  evidenceFrom({
    ...base,
    events: Array.from({ length: n }, (_, i) => {
      const year = 2016 + (i % 4);
      const day = new Date(Date.UTC(year, 0, 1 + Math.floor(i / 4))).toISOString().slice(0, 10);
      return event(`e-${String(i).padStart(4, "0")}`, day);
    }),
  });
const large: Timeline = compileTimeline(spread(openListLimit + 1));
const small: Timeline = compileTimeline(spread(openListLimit));
const shipped = compileTimeline(loadEvidence("data"));

describe("isPaged(timeline)", () => {
  it("keeps up to openListLimit items on one page and splits beyond it", () => {
    expect(isPaged(small)).toBe(false);
    expect(isPaged(large)).toBe(true);
  });

  it("keeps the shipped evidence on one page", () => {
    expect(isPaged(shipped)).toBe(false);
  });
});

describe("itemsByYear(items)", () => {
  it("groups items by the year of their first day, years and items in time order", () => {
    const timeline = compileTimeline(
      evidenceFrom({
        ...base,
        events: [event("b", "2019-03-01"), event("a", "2018"), event("c", "2018-12-31")],
      }),
    );
    const years = itemsByYear(timeline.items);
    expect([...years.keys()]).toEqual(["2018", "2019"]);
    expect(years.get("2018")?.map((i) => i.id)).toEqual(["a", "c"]);
  });

  it("puts every item in exactly one year", () => {
    const ids = [...itemsByYear(large.items).values()].flat().map((i) => i.id);
    expect(ids.sort()).toEqual(large.items.map((i) => i.id).sort());
  });

  it("lists a period under the year it starts in", () => {
    const timeline = compileTimeline(
      evidenceFrom({
        ...base,
        events: [{ ...event("p", "2017-11"), endDate: date("2019-02") }],
      }),
    );
    expect(itemYear(timeline.items[0] as Timeline["items"][number])).toBe("2017");
  });
});

describe("yearPagePaths(timeline)", () => {
  it("gives one page per year when paged", () => {
    expect(yearPagePaths(large)).toEqual([
      "/timeline/2016",
      "/timeline/2017",
      "/timeline/2018",
      "/timeline/2019",
    ]);
  });

  it("gives none when the list fits on one page", () => {
    expect(yearPagePaths(small)).toEqual([]);
    expect(yearPagePaths(shipped)).toEqual([]);
  });
});

describe("entryHref(timeline) and entryPaths(timeline)", () => {
  it("links an item to its entry on the page when the list fits", () => {
    expect(entryHref(small)(small.items[0] as Timeline["items"][number])).toBe("#e-0000");
    expect(entryPaths(small).size).toBe(0);
  });

  it("links an item to its year's page when paged", () => {
    const item = large.items.find((i) => i.id === "e-0001") as Timeline["items"][number];
    expect(entryHref(large)(item)).toBe("/timeline/2017#e-0001");
    expect(entryPaths(large).get("e-0001")).toBe("/timeline/2017#e-0001");
    expect(entryPaths(large).size).toBe(large.items.length);
  });
});

describe("yearIndexHtml(timeline)", () => {
  it("links every year's page with its count, in time order", () => {
    const html = yearIndexHtml(large);
    expect([...html.matchAll(/href="\/timeline\/(\d{4})" data-tl-year="\1"/g)].map((m) => m[1])).toEqual([
      "2016",
      "2017",
      "2018",
      "2019",
    ]);
    expect(html).toContain('<span class="tl-year-count">76 events</span>');
  });

  it("lists no entry itself", () => {
    expect(yearIndexHtml(large)).not.toContain("tl-entry");
  });
});

describe("yearListHtml(items, context)", () => {
  const context = listContext(spread(1), pageLinks({ sources: "/sources" }));

  it("lists every item of the year with its id", () => {
    const items = itemsByYear(large.items).get("2018") ?? [];
    const html = yearListHtml(items, context);
    expect(html.match(/<li id=/g)).toHaveLength(items.length);
  });

  it("groups a long year under closed months, dates known only to the year first", () => {
    const many = compileTimeline(
      evidenceFrom({
        ...base,
        events: [
          event("y", "2018"),
          ...Array.from({ length: openListLimit }, (_, i) =>
            event(`e-${i}`, i % 2 ? "2018-01-05" : "2018-03"),
          ),
        ],
      }),
    ).items;
    const html = yearListHtml(many, context);
    expect([...html.matchAll(/<h2>([^<]+) </g)].map((m) => m[1])).toEqual([
      "Some time in 2018",
      "January 2018",
      "March 2018",
    ]);
    expect(html).toContain('<details class="tl-year tl-month">');
    expect(html).not.toContain(" open>");
    expect(html.match(/<li id=/g)).toHaveLength(openListLimit + 1);
  });

  it("cites sources by number, short year or long, the references listed by the page", () => {
    const few = itemsByYear(large.items).get("2018") ?? [];
    const fresh = listContext(spread(1), pageLinks({ sources: "/sources" }));
    const html = yearListHtml(few, fresh);
    expect(html).toContain('<a class="ref" href="/sources#');
    expect(html).not.toContain("https://example.org/a");
    expect(fresh.refs.listHtml()).toContain("https://example.org/a");
  });
});
