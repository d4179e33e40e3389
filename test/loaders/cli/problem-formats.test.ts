import { describe, expect, it } from "vitest";
import {
  escapeData,
  escapeProperty,
  githubAnnotation,
  isProblemFormat,
  jsonProblem,
  noPlace,
  problemPrinter,
  repositoryPath,
} from "../../../loaders/cli/problem-formats.ts";
import { error, formatProblem, warning } from "../../../loaders/problem.ts";

const bad = error(
  "data/events.csv",
  14,
  2,
  'date "2018-02-30" is not a calendar date; use YYYY, YYYY-MM or YYYY-MM-DD',
);
const inEvents = { table: "events", columnName: "date" };

describe("escapeData(value)", () => {
  it("escapes %, CR and LF, % first so an escape in the text stays text", () => {
    expect(escapeData("100% sure\r\nnext line %0A")).toBe("100%25 sure%0D%0Anext line %250A");
  });

  it("leaves : and , alone (they only end properties)", () => {
    expect(escapeData("a: b, c")).toBe("a: b, c");
  });
});

describe("escapeProperty(value)", () => {
  it("escapes : and , as well as %, CR and LF", () => {
    expect(escapeProperty("a:b,c%d\re\nf")).toBe("a%3Ab%2Cc%25d%0De%0Af");
  });

  it("escapes an escape already in the value once, not twice", () => {
    expect(escapeProperty("%3A")).toBe("%253A");
  });
});

describe("githubAnnotation(problem, place, file)", () => {
  it("writes an error as ::error with file, line, col and a title naming file and column", () => {
    expect(githubAnnotation(bad, inEvents)).toBe(
      '::error file=data/events.csv,line=14,col=2,title=events.csv%2C column date::date "2018-02-30" is not a calendar date; use YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it("writes a warning as ::warning, titled by the file alone when the column is unknown", () => {
    expect(githubAnnotation(warning("data/sources.csv", 3, 1, "not cited"), noPlace)).toBe(
      "::warning file=data/sources.csv,line=3,col=1,title=sources.csv::not cited",
    );
  });

  it("escapes newlines and % in the message, and : and , in the file and title", () => {
    const p = error("C:/news, desk/events.csv", 2, 7, 'title "a\nb" is 100%\r\nwrong');
    expect(githubAnnotation(p, { table: "events", columnName: "ti:tle" })).toBe(
      '::error file=C%3A/news%2C desk/events.csv,line=2,col=7,title=events.csv%2C column ti%3Atle::title "a%0Ab" is 100%25%0D%0Awrong',
    );
  });

  it("names the file it is given, not the problem's own", () => {
    expect(githubAnnotation(bad, inEvents, "evidence/events.csv")).toMatch(
      /^::error file=evidence\/events\.csv,/,
    );
  });

  it("is always one line, whatever the message holds", () => {
    expect(githubAnnotation(error("a.csv", 1, 1, "one\ntwo\r\nthree\rfour"), noPlace)).not.toMatch(/[\r\n]/);
  });
});

describe("repositoryPath(file, root, cwd)", () => {
  it("makes the file relative to the repository's checkout", () => {
    expect(repositoryPath("../data/events.csv", "/work/evidence", "/work/evidence/.dossier")).toBe(
      "data/events.csv",
    );
  });

  it("keeps a file outside the checkout as it is shown", () => {
    expect(repositoryPath("/elsewhere/events.csv", "/work/evidence", "/work")).toBe("/elsewhere/events.csv");
  });
});

describe("jsonProblem(problem, place)", () => {
  it("writes file, line, column, severity, message, table and column_name, in that order", () => {
    const line = jsonProblem(bad, inEvents);
    expect(Object.keys(JSON.parse(line))).toEqual([
      "file",
      "line",
      "column",
      "severity",
      "message",
      "table",
      "column_name",
    ]);
    expect(JSON.parse(line)).toEqual({ ...bad, table: "events", column_name: "date" });
  });

  it("writes null for a table and column it does not know", () => {
    expect(JSON.parse(jsonProblem(error("data", 1, 1, "folder does not exist"), noPlace))).toMatchObject({
      table: null,
      column_name: null,
    });
  });

  it("keeps a message with newlines, %, : and , exact, on one line", () => {
    const message = 'a: "b,\nc" 100%\r\n';
    const line = jsonProblem(error("data/events.csv", 2, 1, message), noPlace);
    expect(line).not.toMatch(/[\r\n]/);
    expect(JSON.parse(line).message).toBe(message);
  });
});

describe("problemPrinter(format, context)", () => {
  const context = { place: () => inEvents, root: "/repo", cwd: "/repo/tools" };

  it("prints text as formatProblem does", () => {
    expect(problemPrinter("text", context)(bad)).toBe(formatProblem(bad));
  });

  it("prints github paths relative to the root, from the cwd", () => {
    expect(problemPrinter("github", context)(bad)).toMatch(
      /^::error file=tools\/data\/events\.csv,line=14,col=2,/,
    );
  });

  it("prints json with the place the context finds", () => {
    expect(JSON.parse(problemPrinter("json", context)(bad))).toMatchObject({
      table: "events",
      column_name: "date",
    });
  });
});

describe("isProblemFormat(value)", () => {
  it("accepts text, github and json only", () => {
    expect(["text", "github", "json", "xml", "GitHub", ""].map(isProblemFormat)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
