import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../loaders/problem.ts";
import { parseSettings } from "../../../loaders/site/read-settings.ts";
import { defaultSettings } from "../../../loaders/site/settings.ts";

const parse = (text: string) => parseSettings("water/site.json", text);
const messages = (text: string) => parse(text).problems.map(formatProblem);

describe("parseSettings(file, text)", () => {
  it("takes every default for an empty object", () => {
    expect(parse("{}")).toEqual({ settings: defaultSettings, problems: [] });
  });

  it("reads title, description, locale, url and pages", () => {
    const { settings, problems } = parse(
      JSON.stringify({
        title: "Water",
        description: "A utility and its auditor.",
        locale: "de-de",
        url: "https://news.example/water/",
        pages: [
          { path: "/", title: "Start" },
          { path: "/chronik", title: "Chronik", layout: "timeline", navigation: false },
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(settings.title).toBe("Water");
    expect(settings.locale).toBe("de-DE");
    expect(settings.url).toBe("https://news.example/water");
    expect(settings.pages.map((p) => [p.path, p.prose, p.layout, p.inNavigation])).toEqual([
      ["/", "pages/index.md", "overview", true],
      ["/chronik", "pages/chronik.md", "timeline", false],
    ]);
  });

  it("names the line and column of an unknown key, with the key it probably meant", () => {
    expect(messages('{\n  "title": "Water",\n  "titel": "x"\n}')).toEqual([
      'water/site.json:3:3 unknown key "titel" in water/site.json; did you mean "title"?; known keys: "title", "description", "locale", "url", "publisher", "published", "pages", "comparison", "changes"',
    ]);
  });

  it("refuses a locale that is not BCP 47, a non-http url and a bad page path, each where it stands", () => {
    const found = messages(
      '{"locale": "english please", "url": "ftp://x", "pages": [{"path": "/Time Line", "title": "T"}, {"path": "/", "title": "O"}]}',
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^water\/site.json:1:12 "english please" is not a BCP 47 language tag/);
    expect(found[1]).toMatch(/^water\/site.json:1:37 "ftp:\/\/x" is not an http\(s\) address/);
    expect(found[2]).toMatch(/^water\/site.json:1:67 "\/Time Line" is not a page path/);
  });

  it("reads a publisher and a publication date, and refuses a publisher without a name and a date that is not one", () => {
    const good = parse(
      '{"publisher": {"name": "Daily Example", "url": "https://news.example/"}, "published": "2024-02-29"}',
    );
    expect(good.problems).toEqual([]);
    expect(good.settings.publisher).toEqual({ name: "Daily Example", url: "https://news.example" });
    expect(good.settings.published).toBe("2024-02-29");
    const found = messages('{"publisher": {"url": "https://news.example"}, "published": "2023-02-29"}');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^water\/site.json:1:15 publisher needs a "name"/);
    expect(found[1]).toMatch(/^water\/site.json:1:61 "2023-02-29" is not a calendar date; write YYYY-MM-DD/);
  });

  it("suggests a layout and a comparison column by their nearest names", () => {
    const found = messages(
      '{"pages": [{"path": "/", "title": "O", "layout": "timline"}], "comparison": {"columns": [{"column": "statuss"}]}}',
    );
    expect(found[0]).toContain('did you mean "timeline"?');
    expect(found[1]).toContain('did you mean "status"?');
  });

  it("asks for a front page, and for a page listed once", () => {
    expect(messages('{"pages": [{"path": "/a", "title": "A"}]}')[0]).toContain("need a front page");
    expect(messages('{"pages": [{"path": "/", "title": "A"}, {"path": "/", "title": "B"}]}')[0]).toContain(
      "listed twice",
    );
  });

  it("reports JSON syntax errors at their place, in words", () => {
    expect(messages('{\n  "title": "Water",\n}')[0]).toMatch(
      /^water\/site.json:3:1 is not valid JSON here: expected a key in double quotes/,
    );
  });

  it("reads the comparison's kind, words, event kinds and columns", () => {
    const { settings, problems } = parse(
      '{"comparison": {"kind": "regulator", "one": "Auditor", "many": "auditors", "event_kinds": {"request": "inquiry"}, "columns": [{"column": "asked", "title": "Asked"}]}}',
    );
    expect(problems).toEqual([]);
    expect(settings.comparison).toEqual({
      kind: "regulator",
      one: "Auditor",
      many: "auditors",
      eventKinds: { request: "inquiry", withdrawal: "withdrawal", response: "response" },
      columns: [{ column: "asked", title: "Asked" }],
    });
  });
});
