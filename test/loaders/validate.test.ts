import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../loaders/csv.ts";
import * as message from "../../loaders/messages.ts";
import type { TableName } from "../../loaders/model.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { schemas } from "../../loaders/schema/index.ts";
import { headerRow } from "../../loaders/schema/types.ts";
import { citingSchemas } from "../../loaders/validate/table.ts";
import { type ParsedTables, validateEvidence } from "../../loaders/validate.ts";

const minimal = Object.fromEntries(
  schemas.map((s) => [s.name, readFileSync(`test/fixtures/evidence/minimal/${s.file}`, "utf8")]),
) as Record<TableName, string>;

/** The minimal evidence with some tables replaced (undefined: the table is absent). */
function validate(changes: Partial<Record<TableName, string | undefined>> = {}) {
  const parsed: ParsedTables = {};
  for (const s of schemas) {
    const text = s.name in changes ? changes[s.name] : minimal[s.name];
    if (text !== undefined) parsed[s.name] = parseCsv(new TextEncoder().encode(text), `data/${s.file}`);
  }
  return validateEvidence(parsed);
}

const shown = (changes: Partial<Record<TableName, string | undefined>>) =>
  validate(changes).problems.map(formatProblem);
const withRow = (table: TableName, row: string) => `${minimal[table]}${row}\n`;
const citing = citingSchemas.map((s) => s.singular);
/** A source row nothing in the minimal evidence cites (no url, so no archive warning). */
const unusedSource = "example-unused,Example Gazette,Unused,,,,,,";
const replaced = (table: TableName, from: string, to: string) => {
  if (!minimal[table].includes(from)) throw new Error(`${table} has no ${from}`);
  return minimal[table].replace(from, to);
};

describe("validateEvidence(tables)", () => {
  it("reads the minimal evidence into typed rows with no problem", () => {
    const { evidence, problems } = validate();
    expect(problems).toEqual([]);
    expect(evidence.events.rows()).toEqual([
      {
        id: "example-data-request",
        date: { iso: "2018-08", precision: "month" },
        endDate: { iso: "2018-08-06", precision: "day" },
        dateNote: "Example: the month is known; the report came on the 6th",
        actors: ["example-bank"],
        kind: "request",
        title: "Example Bank is asked for customer data",
        summary: 'An example event for tests, with a "quoted" phrase.',
        status: "reported",
        sources: ["example-report"],
        notes: "Example content.",
        extra: {},
      },
    ]);
    expect(evidence.figures[0]?.value).toBe(87000000);
    expect(evidence.statements[0]?.topics).toEqual(["data-sharing", "privacy"]);
  });

  it("reads header-only tables as no rows and no problem", () => {
    const empty = Object.fromEntries(schemas.map((s) => [s.name, `${headerRow(s)}\n`]));
    const { evidence, problems } = validate(empty);
    expect(problems).toEqual([]);
    expect(Object.values(evidence).every((rows) => rows.length === 0)).toBe(true);
  });

  it("omits empty optional cells and gives an empty optional list as []", () => {
    const row = "example-quiet,2018,example-bank,,   ,quoted words,,,example-report,";
    const { evidence, problems } = validate({ statements: withRow("statements", row) });
    expect(problems).toEqual([]);
    expect(evidence.statements[1]).toEqual({
      id: "example-quiet",
      date: { iso: "2018", precision: "year" },
      speaker: "example-bank",
      text: "quoted words",
      topics: [],
      sources: ["example-report"],
      extra: {},
    });
  });

  it("passes columns the contract does not name through, verbatim, in extra", () => {
    const actors = "id,name,kind,desk,notes\nexample-bank,Example Bank,bank,  Business desk ,\n";
    expect(validate({ actors }).evidence.actors).toEqual([
      { id: "example-bank", name: "Example Bank", kind: "bank", extra: { desk: "  Business desk " } },
    ]);
  });

  it("accepts a file without its optional columns", () => {
    const actors = "name,id,kind\nExample Bank,example-bank,bank\n";
    const { evidence, problems } = validate({ actors });
    expect(problems).toEqual([]);
    expect(evidence.actors).toEqual([{ id: "example-bank", name: "Example Bank", kind: "bank", extra: {} }]);
  });

  it("collects every problem of a row, not only the first", () => {
    const row = "example-bad,2018-13,,,nobody,Big Event,,,maybe,example-report;,";
    expect(shown({ events: withRow("events", row) })).toEqual([
      `data/events.csv:3:2 ${message.notACalendarDate("date", "2018-13")}`,
      `data/events.csv:3:5 ${message.unknownReference("actors", "nobody", "data/actors.csv")}`,
      `data/events.csv:3:6 ${message.notASlug("kind", "Big Event", "big-event")}`,
      `data/events.csv:3:7 ${message.requiredEmpty("title", "event")}`,
      `data/events.csv:3:9 ${message.notInEnum("status", "maybe", ["reported", "confirmed", "denied", "disputed"])}`,
      `data/events.csv:3:10 ${message.emptyListItem("sources", "example-report;")}`,
    ]);
  });

  it("reads a list of references with spaces around items, resolving each to the id's one string", () => {
    const sources = withRow(
      "sources",
      "example-second,Example Gazette,Second,https://example.org/2,2018-08-07,article,,https://archive.example/2,",
    );
    const events = replaced(
      "events",
      ",reported,example-report,",
      ',reported," example-second ;\u00a0example-report\t",',
    );
    const { evidence, problems } = validate({ sources, events });
    expect(problems).toEqual([]);
    const cited = evidence.events.rows()[0]?.sources ?? [];
    expect(cited).toEqual(["example-second", "example-report"]);
    expect(cited[0]).toBe(evidence.sources[1]?.id);
  });

  it("reports each unknown item of a list, and an empty item once, naming the cell", () => {
    const unknown = replaced(
      "events",
      ",reported,example-report,",
      ",reported,nope;example-report;example-reprot,",
    );
    expect(shown({ events: unknown })).toEqual([
      `data/events.csv:2:10 ${message.unknownReference("sources", "example-reprot", "data/sources.csv", "example-report")}`,
      `data/events.csv:2:10 ${message.unknownReference("sources", "nope", "data/sources.csv")}`,
    ]);
    const empty = replaced("events", ",reported,example-report,", ",reported,nope; ;example-report,");
    expect(shown({ events: empty })).toEqual([
      `data/events.csv:2:10 ${message.emptyListItem("sources", "nope; ;example-report")}`,
    ]);
  });

  it("leaves a row with a problem out of the evidence and keeps the others", () => {
    const { evidence } = validate({ actors: withRow("actors", "example-other,Example Other,nonsense,,") });
    expect(evidence.actors.map((a) => a.id)).toEqual(["example-bank"]);
  });

  it("reports a duplicate id at the repeat, naming the line of the first", () => {
    const actors = withRow("actors", "example-bank,Another Example Bank,bank,,");
    expect(shown({ actors })).toEqual([`data/actors.csv:3:1 ${message.duplicateId("example-bank", 2)}`]);
    expect(validate({ actors }).evidence.actors.map((a) => a.name)).toEqual(["Example Bank"]);
  });

  it("reports an empty or malformed id", () => {
    const actors = withRow("actors", ",Nameless,bank,,\nExample Two,Two,bank,,");
    expect(shown({ actors })).toEqual([
      "data/actors.csv:3:1 id is empty; every actor needs an id",
      `data/actors.csv:4:1 ${message.notASlug("id", "Example Two", "example-two")}`,
    ]);
  });

  it("checks every reference against the table it names and suggests a near id", () => {
    const statements = replaced(
      "statements",
      "example-bank,,press release",
      "example-bnk,exmaple-bank,press release",
    );
    const claims = replaced(
      "claims",
      "example-denial,example-data-request",
      "example-deniall,unrelated-thing",
    );
    expect(shown({ statements, claims })).toEqual([
      'data/claims.csv:2:6 statement "example-deniall" is not an id in data/statements.csv; did you mean "example-denial"?',
      `data/claims.csv:2:7 ${message.unknownReference("event", "unrelated-thing", "data/events.csv")}`,
      `data/statements.csv:2:3 ${message.unknownReference("speaker", "example-bnk", "data/actors.csv", "example-bank")}`,
      `data/statements.csv:2:4 ${message.unknownReference("on_behalf_of", "exmaple-bank", "data/actors.csv", "example-bank")}`,
    ]);
  });

  it("checks an actor's affiliation against the actors themselves", () => {
    const actors = withRow("actors", "example-banker,Example Banker,person,example-bnak,");
    expect(shown({ actors })).toEqual([
      `data/actors.csv:3:4 ${message.unknownReference("affiliation", "example-bnak", "data/actors.csv", "example-bank")}`,
    ]);
  });

  it("does not check references into a table it could not read", () => {
    expect(shown({ actors: "id;name;kind\n" })).toEqual([
      `data/actors.csv:1:1 ${message.missingColumns(["id", "name", "kind"], headerRow(schemas[1] as never), { semicolons: true })}`,
    ]);
    expect(shown({ actors: undefined })).toEqual([]);
  });

  it("reports an end date that ends before the date begins, comparing with precision", () => {
    const ok = replaced("events", "2018-08,2018-08-06", "2018-08-06,2018-08");
    expect(shown({ events: ok })).toEqual([]);
    const bad = replaced("events", "2018-08,2018-08-06", "2018-08-06,2018-07");
    expect(shown({ events: bad })).toEqual([
      `data/events.csv:2:3 ${message.endsBeforeStart("end_date", "2018-07", "date", "2018-08-06")}`,
    ]);
  });

  it("reports an empty file with the header row it needs, and nothing more for UTF-16", () => {
    expect(shown({ claims: "" })).toEqual([
      `data/claims.csv:1:1 ${message.emptyFile(headerRow(schemas[4] as never))}`,
    ]);
    const parsed = { ...validateInputs(), claims: parseCsv(new Uint8Array([0xff, 0xfe]), "data/claims.csv") };
    expect(validateEvidence(parsed).problems.map((p) => p.message)).toEqual([message.utf16()]);
  });

  it("reports missing required columns once, at the header, with hints", () => {
    const events = replaced("events", ",title,", ",Title,");
    expect(shown({ events })).toEqual([
      `data/events.csv:1:1 ${message.missingColumns(["title"], headerRow(schemas[2] as never), { typos: [["Title", "title"]] })}`,
    ]);
  });

  it("reports a duplicate header name and reads the first column of that name", () => {
    const actors = "id,name,kind,name\nexample-bank,Example Bank,bank,Other\n";
    expect(shown({ actors })).toEqual([`data/actors.csv:1:4 ${message.duplicateHeader("name", 2)}`]);
    expect(validate({ actors }).evidence.actors[0]?.name).toBe("Example Bank");
  });

  it("warns about an unnamed column (Excel's trailing commas) and ignores its cells", () => {
    const actors = "id,name,kind,\nexample-bank,Example Bank,bank,\n";
    expect(shown({ actors })).toEqual([`data/actors.csv:1:4 warning: ${message.unnamedColumn()}`]);
  });

  it("warns about a source nothing cites, at its row", () => {
    const sources = withRow("sources", unusedSource);
    expect(shown({ sources })).toEqual([
      `data/sources.csv:3:1 warning: ${message.sourceNotCited("example-unused", citing)}`,
    ]);
    expect(citing).toEqual(["event", "statement", "claim", "figure", "annotation", "correction"]);
  });

  it("counts a source cited only by an annotation as cited", () => {
    const sources = withRow("sources", unusedSource);
    const annotations = withRow("annotations", "only-moment,,2018-01,2018-02,A span,,,example-unused,");
    expect(shown({ sources, annotations })).toEqual([]);
  });

  it("does not warn about uncited sources while a given optional citing table is unreadable", () => {
    const sources = withRow("sources", unusedSource);
    // No label column: annotations.csv cannot be read, so what it cites is unknown.
    const annotations = "id,target,date,end_date,sources\nonly-moment,,2018-01,2018-02,example-unused\n";
    expect(shown({ sources, annotations }).filter((line) => line.includes("not cited"))).toEqual([]);
    // Absent, an optional table cites nothing.
    expect(shown({ sources, annotations: undefined })).toEqual([
      `data/sources.csv:3:1 warning: ${message.sourceNotCited("example-unused", citing)}`,
    ]);
  });

  it("warns about a source with a url but no archived copy, at its url, marked for --strict", () => {
    const sources = withRow("sources", "example-live,Example Gazette,Live,https://example.org/live,,,,,");
    const events = replaced("events", ",reported,example-report,", ",reported,example-report;example-live,");
    const { problems } = validate({ sources, events });
    expect(problems).toEqual([
      {
        file: "data/sources.csv",
        line: 3,
        column: 4,
        severity: "warning",
        message: message.notArchived("example-live"),
        rule: "unarchived-source",
      },
    ]);
  });

  it("reads archive_url as a web address and accessed as a date", () => {
    const { evidence } = validate();
    expect(evidence.sources[0]).toMatchObject({
      archiveUrl: "https://web.archive.org/web/20180806120000/https://example.org/reports/example-bank",
      accessed: { iso: "2018-08-06", precision: "day" },
    });
    const sources = withRow("sources", "example-bad,Example Gazette,Bad,,,,,javascript:alert(1),2018-13");
    expect(shown({ sources }).slice(1)).toEqual([
      `data/sources.csv:3:8 ${message.notWebUrl("archive_url", "javascript:alert(1)", "javascript:")}`,
      `data/sources.csv:3:9 ${message.notACalendarDate("accessed", "2018-13")}`,
    ]);
  });

  it("reads a correction of a row in any table, and names every table when its target is unknown", () => {
    const read = validate().evidence.corrections;
    expect(read[0]).toEqual({
      id: "example-correction",
      date: { iso: "2018-08-09", precision: "day" },
      target: "example-denial",
      text: "An earlier version dated this statement 6 August; it was made on 7 August.",
      sources: ["example-report"],
      notes: "Example content.",
      extra: {},
    });
    // Of a statement, a figure and an event: a target may be in any table.
    expect(read.map((c) => c.target)).toEqual(["example-denial", "example-users", "example-data-request"]);
    const corrections = replaced("corrections", ",example-denial,", ",example-bank,");
    expect(validate({ corrections }).evidence.corrections[0]?.target).toBe("example-bank");
    const unknown = replaced("corrections", ",example-denial,", ",nothing-like-it,");
    const files = schemas.slice(0, 7).map((s) => `data/${s.file}`);
    expect(shown({ corrections: unknown })).toEqual([
      `data/corrections.csv:2:3 ${message.unknownTarget("target", "nothing-like-it", files, undefined, true)}`,
    ]);
    expect(shown({ corrections: unknown })[0]).toContain("use the id of the row it names");
    expect(shown({ corrections: unknown })[0]).not.toContain("span of time");
  });

  it("does not warn about uncited sources while a citing table is unreadable", () => {
    expect(shown({ figures: "" }).filter((line) => line.includes("not cited"))).toEqual([]);
  });
});

function validateInputs(): ParsedTables {
  return Object.fromEntries(
    schemas.map((s) => [s.name, parseCsv(new TextEncoder().encode(minimal[s.name]), `data/${s.file}`)]),
  );
}
