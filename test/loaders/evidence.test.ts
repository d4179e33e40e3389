import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EvidenceError, loadEvidence, readEvidence } from "../../loaders/evidence.ts";
import { dateFormats } from "../../loaders/messages.ts";
import { formatProblem } from "../../loaders/problem.ts";

const fixtures = "test/fixtures/evidence";
const work = mkdtempSync(join(tmpdir(), "dossier-evidence-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const shown = (name: string) => readEvidence(`${fixtures}/${name}`).problems.map(formatProblem);
const saveAsUtf8 = 'save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8)';

// One fixture folder per problem: the minimal evidence with one thing broken. The expected
// lines are literal, so a change of wording shows up here as well as in messages.ts. A broken
// thing seen in two places has both lines.
const failing: Record<string, string | string[]> = {
  "unclosed-quote":
    'events.csv:2:8 summary opens a quote that is never closed, so the rest of the file (1 more line) was read into this cell; close the quote, and write "" for each " inside the text',
  "stray-quote":
    'events.csv:2:8 summary has a quote inside a quoted cell that is not doubled; write "" for each " inside the text',
  "too-many-fields":
    'sources.csv:2:8 row has 8 fields but the header has 7; put quotes around cells that contain commas ("like, this")',
  "too-few-fields":
    "actors.csv:2:5 row has 4 fields but the header has 5; add the missing cells (empty ones are fine: ,,)",
  "missing-column":
    'events.csv:1:1 header is missing required column "status"; the header row should be: id,date,end_date,date_note,actors,kind,title,summary,status,sources,notes',
  "misspelt-column":
    'events.csv:1:1 header is missing required column "title" (is "titel" meant to be "title"?); the header row should be: id,date,end_date,date_note,actors,kind,title,summary,status,sources,notes',
  semicolons:
    'actors.csv:1:1 header is missing required columns "id", "name", "kind" (is the file separated by semicolons? save it as comma-separated); the header row should be: id,name,kind,affiliation,notes',
  "duplicate-header": 'actors.csv:1:6 header "notes" repeats column 5; rename or remove one of them',
  "empty-required": "events.csv:2:7 title is empty; every event needs a title",
  "duplicate-id": 'actors.csv:3:1 id "example-bank" is already used on line 2; give each row its own id',
  "bad-id":
    'figures.csv:2:1 id "Example Users" is not a slug; use lowercase letters, digits and single hyphens, e.g. "example-users"',
  "bad-topic":
    'statements.csv:2:7 topics "Data Sharing" is not a slug; use lowercase letters, digits and single hyphens, e.g. "data-sharing"',
  "empty-list-item":
    'events.csv:2:5 actors "example-bank;" has an empty item; separate items with single semicolons, e.g. "a;b"',
  "unknown-reference": `events.csv:2:5 actors "example-bnak" is not an id in ${fixtures}/unknown-reference/actors.csv; did you mean "example-bank"?`,
  "bad-enum": 'events.csv:2:9 status "rumoured" is not one of reported, confirmed, denied, disputed',
  "bad-date": `events.csv:2:2 date "2018-02-30" is not a calendar date; ${dateFormats}`,
  "bad-edtf": `events.csv:2:2 date "2018-08~~" is not a date (unexpected "~" at character 9); ${dateFormats}`,
  "edtf-backwards":
    'figures.csv:2:7 as_of "2018-04/2017-12" is an interval that ends before it begins; write the earlier date first',
  "date-precision":
    'figures.csv:2:7 as_of "2018-04-00" uses 00 for an unknown part; write "2018-04", only as precise as you know',
  "end-before-start":
    'events.csv:2:3 end_date "2018-07-31" ends before date "2018-08" begins; the end must not come before the start',
  "number-separators":
    'figures.csv:2:5 value "87,000,000" has digit separators; write the plain number "87000000"',
  "negative-number": 'figures.csv:2:5 value "-5" is negative; use 0 or more',
  "not-a-number":
    'figures.csv:2:5 value "87 million" is not a number; write plain digits with an optional decimal point, e.g. "87000000" or "1.5"',
  "bad-url":
    'sources.csv:2:4 url "javascript:alert(1)" is a javascript: address, not a web page; use one starting with https:// or http://',
  "invalid-utf8": `actors.csv:2:2 name "Example Caf\uFFFD" has a byte that is not UTF-8 (0xE9); ${saveAsUtf8}`,
  utf16: `sources.csv:1:1 file is UTF-16, not UTF-8; ${saveAsUtf8}`,
  "empty-file":
    "claims.csv:1:1 file is empty; it needs at least a header row: id,topic,party,stance,summary,statement,event,sources,notes",
  "unknown-target": `annotations.csv:2:2 target "example-data-requst" is not an id in ${fixtures}/unknown-target/events.csv, ${fixtures}/unknown-target/statements.csv or ${fixtures}/unknown-target/figures.csv; did you mean "example-data-request"?`,
  "label-too-long":
    'annotations.csv:2:5 label "Example Bank is asked for its customers\' data, and many mor…" is 74 characters long; shorten it to 60 at most',
  "duplicate-step": 'annotations.csv:3:7 step "1" is already used on line 2; give each row its own step',
  "fractional-step": 'annotations.csv:2:7 step "1.5" is not a whole number; write 1, 2, 3…',
  "span-without-dates":
    "annotations.csv:2:4 end_date is empty; an annotation without a target names a span of time and needs its end_date",
  "unknown-correction-target": `corrections.csv:2:3 target "example-denail" is not an id in ${["sources", "actors", "events", "statements", "claims", "figures"].map((t) => `${fixtures}/unknown-correction-target/${t}.csv`).join(", ")} or ${fixtures}/unknown-correction-target/annotations.csv; did you mean "example-denial"?`,
  "id-in-two-tables": `figures.csv:3:1 id "example-claim" is already used in ${fixtures}/id-in-two-tables/claims.csv on line 2; rename one of them: a target may name a row of sources.csv, actors.csv, events.csv, statements.csv, claims.csv, figures.csv or annotations.csv, so ids must be unique across those tables`,
  "ambiguous-target": [
    `annotations.csv:2:2 target "example-data-request" is the id of more than one row (${fixtures}/ambiguous-target/events.csv:2 and ${fixtures}/ambiguous-target/statements.csv:3), so it could name either; give each of those rows its own id (ids must be unique across the tables a target may name)`,
    `statements.csv:3:1 id "example-data-request" is already used in ${fixtures}/ambiguous-target/events.csv on line 2; rename one of them: a target may name a row of sources.csv, actors.csv, events.csv, statements.csv, claims.csv, figures.csv or annotations.csv, so ids must be unique across those tables`,
  ],
  "missing-file":
    "figures.csv:1:1 file is missing; create it with this header row: id,subject,scope,group,value,unit,as_of,estimate,sources,notes",
};

const warned: Record<string, string> = {
  "blank-rows": "events.csv:3:1 warning: 2 blank rows ignored (lines 3-4)",
  "uncited-source":
    'sources.csv:3:1 warning: source "example-unused" is not cited by any event, statement, claim, figure, annotation or correction; cite it or remove it',
  "unarchived-source":
    'sources.csv:2:4 warning: source "example-report" has a url but no archive_url; add the address of an archived copy (e.g. saved at https://web.archive.org/save), so readers still see the page if it changes or goes',
};

describe("readEvidence(dir) on fixture folders", () => {
  for (const [name, lines] of Object.entries(failing)) {
    it(`reports exactly ${typeof lines === "string" ? "one problem" : "its problems"} for ${name}`, () => {
      expect(shown(name)).toEqual([lines].flat().map((line) => `${fixtures}/${name}/${line}`));
    });
  }

  for (const [name, line] of Object.entries(warned)) {
    it(`warns, and only warns, for ${name}`, () => {
      expect(shown(name)).toEqual([`${fixtures}/${name}/${line}`]);
      expect(() => loadEvidence(`${fixtures}/${name}`)).not.toThrow();
    });
  }

  for (const name of ["minimal", "empty", "bom", "crlf", "mixed-line-endings"]) {
    it(`finds no problem in ${name}`, () => {
      expect(shown(name)).toEqual([]);
    });
  }

  it("reads the same evidence with a BOM, with CRLF and with LF line endings", () => {
    const minimal = readEvidence(`${fixtures}/minimal`).evidence;
    expect(readEvidence(`${fixtures}/bom`).evidence).toEqual(minimal);
    expect(readEvidence(`${fixtures}/crlf`).evidence).toEqual(minimal);
  });

  it("reads multi-line cells with mixed line endings as LF text", () => {
    const summaries = readEvidence(`${fixtures}/mixed-line-endings`)
      .evidence.events.rows()
      .map((e) => e.summary);
    expect(summaries.slice(1)).toEqual([
      "A summary over\ntwo lines, with CRLF inside.",
      "Another summary\nover two lines, with LF inside.",
    ]);
  });

  it("reports a table it cannot read, and still checks the others", () => {
    const dir = join(work, "unreadable");
    cpSync(`${fixtures}/minimal`, dir, { recursive: true });
    rmSync(join(dir, "figures.csv"));
    mkdirSync(join(dir, "figures.csv"));
    expect(readEvidence(dir).problems.map((p) => p.message)).toEqual([
      "file could not be read (EISDIR); check that it is a CSV file you may read",
    ]);
    expect(readEvidence(dir).evidence.events).toHaveLength(1);
  });

  it("reports a folder that does not exist once", () => {
    expect(shown("no-such-case")).toEqual([
      `${fixtures}/no-such-case:1:1 folder does not exist; create it with one CSV per table, or point DATA_DIR at the evidence folder`,
    ]);
  });
});

describe("loadEvidence(dir)", () => {
  it("returns the evidence when there is no error", () => {
    expect(loadEvidence(`${fixtures}/minimal`).events).toHaveLength(1);
  });

  it("throws an EvidenceError listing every error as data:check prints it", () => {
    const dir = `${fixtures}/bad-date`;
    expect(() => loadEvidence(dir)).toThrow(EvidenceError);
    expect(() => loadEvidence(dir)).toThrow(
      [
        `the evidence in ${dir} has 1 error:`,
        `${dir}/events.csv:2:2 date "2018-02-30" is not a calendar date; ${dateFormats}`,
        "run npm run data:check to see every problem",
      ].join("\n"),
    );
  });

  it("gives the errors to code that catches it", () => {
    try {
      loadEvidence(`${fixtures}/missing-file`);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EvidenceError);
      expect((e as EvidenceError).problems.map((p) => p.file)).toEqual([
        `${fixtures}/missing-file/figures.csv`,
      ]);
    }
  });
});
