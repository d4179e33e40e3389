import { describe, expect, it } from "vitest";
import { compileTimeline, laneActor, type TimelineItem } from "../../../loaders/compile/timeline.ts";
import { parseDate } from "../../../loaders/dates.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import type { Actor, Evidence, EvidenceEvent, PartialDate, Statement } from "../../../loaders/model.ts";
import { emptyEvidence } from "../../../loaders/validate.ts";
import { evidenceFrom, type PlainEvidence } from "../evidence-from.ts";

const date = (iso: string): PartialDate => parseDate(iso) as PartialDate;

const actor = (id: string, kind: Actor["kind"], affiliation?: string): Actor => ({
  id,
  name: id.toUpperCase(),
  kind,
  ...(affiliation ? { affiliation } : {}),
  extra: {},
});

type EventInput = Partial<Omit<EvidenceEvent, "date" | "endDate">> & {
  id: string;
  date: string;
  endDate?: string;
};
const event = ({ date: on, endDate, ...rest }: EventInput): EvidenceEvent => ({
  actors: ["firm"],
  kind: "report",
  title: rest.id,
  status: "reported",
  sources: ["s"],
  extra: {},
  ...rest,
  date: date(on),
  ...(endDate ? { endDate: date(endDate) } : {}),
});

type StatementInput = Partial<Omit<Statement, "date">> & { id: string; date: string; speaker: string };
const statement = ({ date: on, ...rest }: StatementInput): Statement => ({
  text: "We said it.",
  topics: [],
  sources: ["s"],
  extra: {},
  ...rest,
  date: date(on),
});

const actors = [
  actor("firm", "company"),
  actor("bank-a", "bank"),
  actor("bank-b", "bank"),
  actor("paper", "publication"),
  actor("spokes", "person", "firm"),
  actor("loner", "person"),
  actor("quiz", "app", "firm"),
  actor("regulator", "regulator"),
  actor("unit", "company", "firm"),
];
const evidence = (parts: PlainEvidence): Evidence => evidenceFrom({ actors, ...parts });
const item = (items: TimelineItem[], id: string): TimelineItem => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe("compileTimeline(evidence) lanes", () => {
  it("gives a lane only to actors that some event or statement involves", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018-08-06", actors: ["bank-a", "firm"] })] }),
    );
    expect(timeline.lanes.map((lane) => lane.id).sort()).toEqual(["bank-a", "firm"]);
  });

  it("folds a person with an affiliation into the affiliation's lane", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018-08-06", actors: ["spokes"] })] }),
    );
    expect(timeline.items[0]?.lane).toBe("firm");
    expect(timeline.lanes.map((lane) => lane.id)).toEqual(["firm"]);
    expect(timeline.lanes[0]?.members).toContain("spokes");
  });

  it("folds an app into its affiliation but keeps an affiliated company in its own lane", () => {
    const timeline = compileTimeline(
      evidence({
        events: [
          event({ id: "a", date: "2018-01-01", actors: ["quiz"] }),
          event({ id: "b", date: "2018-01-02", actors: ["unit"] }),
        ],
      }),
    );
    expect(item(timeline.items, "a").lane).toBe("firm");
    expect(item(timeline.items, "b").lane).toBe("unit");
  });

  it("keeps a person without an affiliation in a lane of their own", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018-08-06", actors: ["loner"] })] }),
    );
    expect(timeline.lanes.map((lane) => [lane.id, lane.kind])).toEqual([["loner", "person"]]);
  });

  it("laneActor(id) stops at a cycle of affiliations", () => {
    const cyclic = new Map([
      ["p", actor("p", "person", "q")],
      ["q", actor("q", "person", "p")],
    ]);
    expect(["p", "q"]).toContain(laneActor("p", cyclic));
  });

  it("orders lanes by actor kind, then by first appearance", () => {
    const timeline = compileTimeline(
      evidence({
        events: [
          event({ id: "1", date: "2016", actors: ["paper"] }),
          event({ id: "2", date: "2017-03-01", actors: ["bank-b"] }),
          event({ id: "3", date: "2018-05-01", actors: ["bank-a"] }),
          event({ id: "4", date: "2019-01-01", actors: ["firm"] }),
          event({ id: "5", date: "2015-01-01", actors: ["regulator"] }),
        ],
      }),
    );
    expect(timeline.lanes.map((lane) => lane.id)).toEqual(["firm", "bank-b", "bank-a", "regulator", "paper"]);
  });

  it("names each lane's group by its actor kind", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018", actors: ["bank-a", "paper"] })] }),
    );
    expect(timeline.lanes.map((lane) => lane.group)).toEqual(["Banks", "Publications"]);
  });

  it("counts the items each lane is involved in", () => {
    const timeline = compileTimeline(
      evidence({
        events: [
          event({ id: "1", date: "2018", actors: ["firm", "bank-a"] }),
          event({ id: "2", date: "2018", actors: ["bank-a"] }),
        ],
      }),
    );
    expect(Object.fromEntries(timeline.lanes.map((lane) => [lane.id, lane.count]))).toEqual({
      firm: 1,
      "bank-a": 2,
    });
  });
});

describe("compileTimeline(evidence) items", () => {
  it("draws an event in the lane of its first listed actor", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018-08-06", actors: ["paper", "firm", "bank-a"] })] }),
    );
    expect(timeline.items[0]).toMatchObject({ lane: "paper", lanes: ["paper", "firm", "bank-a"] });
  });

  it("makes statements point items of kind statement in the lane they were made for", () => {
    const timeline = compileTimeline(
      evidence({
        statements: [statement({ id: "s1", date: "2018-08-06", speaker: "loner", onBehalfOf: "bank-a" })],
      }),
    );
    expect(timeline.items[0]).toMatchObject({
      id: "statement--s1",
      type: "statement",
      kind: "statement",
      lane: "bank-a",
      lanes: ["bank-a", "loner"],
      form: "day",
      quote: "We said it.",
    });
    expect(timeline.items[0]?.status).toBeUndefined();
  });

  it("titles a statement with its speaker, the actor spoken for and the medium", () => {
    const timeline = compileTimeline(
      evidence({
        statements: [
          statement({
            id: "s1",
            date: "2018-08-06",
            speaker: "spokes",
            onBehalfOf: "firm",
            medium: "statement to PAPER",
          }),
        ],
      }),
    );
    expect(timeline.items[0]?.title).toBe("SPOKES for FIRM, statement to PAPER");
  });

  it("links a statement to the event it responds to by item id", () => {
    const timeline = compileTimeline(
      evidence({
        events: [event({ id: "e", date: "2018-08-06" })],
        statements: [statement({ id: "s", date: "2018-08-07", speaker: "firm", respondsTo: "e" })],
      }),
    );
    expect(item(timeline.items, "statement--s").respondsTo).toBe("e");
  });

  it("gives events and statements ids that cannot collide, even when their row ids match", () => {
    const timeline = compileTimeline(
      evidence({
        events: [event({ id: "same", date: "2018-08-06" })],
        statements: [statement({ id: "same", date: "2018-08-06", speaker: "firm" })],
      }),
    );
    expect(timeline.items.map((i) => i.id)).toEqual(["same", "statement--same"]);
  });
});

describe("compileTimeline(evidence) precision", () => {
  const spans = (on: string, endDate?: string) =>
    compileTimeline(evidence({ events: [event({ id: "e", date: on, ...(endDate ? { endDate } : {}) })] }))
      .items[0];

  it("spans a month-precision date over the whole month, not its first day", () => {
    expect(spans("2018-02")).toMatchObject({ start: "2018-02-01", end: "2018-02-28", form: "uncertain" });
  });

  it("spans a month-precision date in a leap year to the 29th", () => {
    expect(spans("2016-02")).toMatchObject({ start: "2016-02-01", end: "2016-02-29" });
  });

  it("spans a year-precision date over the whole year", () => {
    expect(spans("2017")).toMatchObject({ start: "2017-01-01", end: "2017-12-31", precision: "year" });
  });

  it("keeps a day-precision date to its day", () => {
    expect(spans("2018-08-06")).toMatchObject({ start: "2018-08-06", end: "2018-08-06", form: "day" });
  });

  it("runs a period from the first day of its date to the last day of its end date", () => {
    expect(spans("2017-08", "2018-08")).toMatchObject({
      start: "2017-08-01",
      end: "2018-08-31",
      form: "period",
      precision: "month",
    });
  });

  it("marks a period with a date note as vague and keeps the note", () => {
    const timeline = compileTimeline(
      evidence({
        events: [event({ id: "e", date: "2017-08", endDate: "2018-08", dateNote: "over the past year" })],
      }),
    );
    expect(timeline.items[0]).toMatchObject({ vague: true, dateNote: "over the past year" });
  });

  it("does not call a day-precision event vague because it has a date note", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018-08-06", dateNote: "reported Aug 6-7" })] }),
    );
    expect(timeline.items[0]).toMatchObject({ vague: false, dateNote: "reported Aug 6-7" });
  });
});

describe("compileTimeline(evidence) order", () => {
  it("sorts items by first day, less precise first, then shorter first, events before statements, then id", () => {
    const timeline = compileTimeline(
      evidence({
        events: [
          event({ id: "day", date: "2018-01-01" }),
          event({ id: "year", date: "2018" }),
          event({ id: "month", date: "2018-01" }),
          event({ id: "long", date: "2018", endDate: "2019" }),
          event({ id: "b-later", date: "2018-03-01" }),
          event({ id: "a-later", date: "2018-03-01" }),
          event({ id: "earliest", date: "2017-12-31" }),
        ],
        statements: [statement({ id: "said", date: "2018-03-01", speaker: "firm" })],
      }),
    );
    expect(timeline.items.map((i) => i.id)).toEqual([
      "earliest",
      "year",
      "long",
      "month",
      "day",
      "a-later",
      "b-later",
      "statement--said",
    ]);
  });

  it("gives the same order whatever the order of the rows", () => {
    const events = [
      event({ id: "a", date: "2018-08" }),
      event({ id: "b", date: "2018-08-06" }),
      event({ id: "c", date: "2018-08-06" }),
    ];
    const forward = compileTimeline(evidence({ events })).items.map((i) => i.id);
    const backward = compileTimeline(evidence({ events: [...events].reverse() })).items.map((i) => i.id);
    expect(backward).toEqual(forward);
  });

  it("reports the first and last day any item covers", () => {
    const timeline = compileTimeline(
      evidence({
        events: [
          event({ id: "a", date: "2016-06" }),
          event({ id: "b", date: "2018-01-01", endDate: "2019" }),
        ],
      }),
    );
    expect([timeline.start, timeline.end]).toEqual(["2016-06-01", "2019-12-31"]);
  });

  it("counts kinds, most frequent first", () => {
    const timeline = compileTimeline(
      evidence({
        events: [
          event({ id: "a", date: "2018", kind: "request" }),
          event({ id: "b", date: "2018", kind: "report" }),
          event({ id: "c", date: "2018", kind: "report" }),
        ],
        statements: [statement({ id: "s", date: "2018", speaker: "firm" })],
      }),
    );
    expect(timeline.kinds).toEqual([
      { kind: "report", count: 2 },
      { kind: "request", count: 1 },
      { kind: "statement", count: 1 },
    ]);
  });
});

describe("compileTimeline(evidence) cross-lane links", () => {
  it("links an event to every other lane it involves, its own lane first", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018-08-06", actors: ["firm", "bank-a", "bank-b"] })] }),
    );
    expect(timeline.links).toEqual([{ item: "e", lanes: ["firm", "bank-a", "bank-b"] }]);
  });

  it("does not link actors that share a lane", () => {
    const timeline = compileTimeline(
      evidence({ events: [event({ id: "e", date: "2018-08-06", actors: ["firm", "spokes", "quiz"] })] }),
    );
    expect(timeline.links).toEqual([]);
    expect(timeline.items[0]?.lanes).toEqual(["firm"]);
  });

  it("links a statement made for another actor to the speaker's lane", () => {
    const timeline = compileTimeline(
      evidence({ statements: [statement({ id: "s", date: "2018", speaker: "loner", onBehalfOf: "firm" })] }),
    );
    expect(timeline.links).toEqual([{ item: "statement--s", lanes: ["firm", "loner"] }]);
  });
});

describe("compileTimeline(evidence) with little or no data", () => {
  it("compiles empty evidence to an empty timeline with no extent", () => {
    expect(compileTimeline(emptyEvidence())).toEqual({ lanes: [], items: [], links: [], kinds: [] });
  });

  it("compiles the headers-only fixture", () => {
    const timeline = compileTimeline(loadEvidence("test/fixtures/evidence/empty"));
    expect(timeline.items).toEqual([]);
  });

  it("compiles the minimal fixture to one event and one statement in one lane", () => {
    const timeline = compileTimeline(loadEvidence("test/fixtures/evidence/minimal"));
    expect(timeline.items.map((i) => i.id)).toEqual(["example-data-request", "statement--example-denial"]);
    expect(timeline.lanes.map((lane) => lane.id)).toEqual(["example-bank"]);
    expect(timeline.items[0]).toMatchObject({
      form: "period",
      start: "2018-08-01",
      end: "2018-08-06",
      vague: true,
    });
  });
});
