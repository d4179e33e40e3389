import { describe, expect, it } from "vitest";
import { withChangesPage } from "../../../loaders/site/changes-page.ts";
import { parseProse } from "../../../loaders/site/prose.ts";
import { parseSettings } from "../../../loaders/site/read-settings.ts";
import { defaultSettings } from "../../../loaders/site/settings.ts";

const prose = (text: string) => new Map([["/", parseProse("pages/index.md", text).prose]]);

describe("withChangesPage(settings, hasHistory, prose)", () => {
  it("adds /changes last, out of the navigation, in the site's words, when the folder has a history", () => {
    const pages = withChangesPage(defaultSettings, true, prose("# Hi\n")).pages;
    expect(pages.map((p) => p.path)).toEqual([...defaultSettings.pages.map((p) => p.path), "/changes"]);
    expect(pages.at(-1)).toMatchObject({ title: "Changes", layout: "changes", inNavigation: false });
    const german = parseSettings("site.json", '{ "locale": "de-DE" }').settings;
    expect(withChangesPage(german, true, prose("")).pages.at(-1)?.title).toBe("Änderungen");
  });

  it('adds nothing without a history, with "changes": false, or when a page already shows it', () => {
    expect(withChangesPage(defaultSettings, false, prose("")).pages).toEqual(defaultSettings.pages);
    const off = parseSettings("site.json", '{ "changes": false }').settings;
    expect(off.changes).toBe(false);
    expect(withChangesPage(off, true, prose("")).pages).toEqual(off.pages);
    expect(withChangesPage(defaultSettings, true, prose("{{ changes }}\n")).pages).toEqual(
      defaultSettings.pages,
    );
  });

  it('refuses a "changes" that is not true or false, where it stands', () => {
    const { problems } = parseSettings("site.json", '{\n  "changes": "no"\n}');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(["2:14 must be true or false"]);
  });
});
