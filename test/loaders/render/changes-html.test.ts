import { describe, expect, it } from "vitest";
import { evidenceHistory, type LoggedCommit } from "../../../loaders/history/history.ts";
import { changesHtml, changesLimits } from "../../../loaders/render/changes-html.ts";
import { inSiteLocale } from "../../../loaders/site/locale.ts";

const bytes = (...lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);
const blobs = new Map([
  ["v1", bytes("id,title,notes", "a,First,", "b,Second,")],
  ["v2", bytes("id,title,notes", 'a,First <b>bold</b> ${x},"line one', "", 'line three"', "c,Third,")],
]);
const commit = (n: number, files: LoggedCommit["files"], body = ""): LoggedCommit => ({
  hash: String(n).padStart(40, "0"),
  date: `2024-05-0${n}T10:00:00+02:00`,
  subject: `Edit ${n}`,
  body,
  files,
});
const log = [
  commit(2, [{ file: "events.csv", before: "v1", after: "v2" }], "Why: the minutes.\n\nSecond paragraph."),
  commit(1, [{ file: "events.csv", after: "v1" }]),
];
const history = evidenceHistory(log, (id) => blobs.get(id));

describe("changesHtml(history, link)", () => {
  it("gives each commit its date, message and hash, and each table its rows, newest first", () => {
    const html = changesHtml(history, (_file, id) => (id === "a" ? `/timeline#${id}` : undefined));
    expect(html.indexOf("Edit 2")).toBeLessThan(html.indexOf("Edit 1"));
    expect(html).toContain('<time datetime="2024-05-02T10:00:00+02:00">May 2, 2024</time>: Edit 2');
    expect(html).toContain(
      '<p class="change-message">Why: the minutes.</p><p class="change-message">Second paragraph.</p>',
    );
    expect(html).toContain("Commit 0000000");
    expect(html).toContain("<p>1 row added, 1 row removed, and 1 row changed</p>");
    expect(html).toContain('<span class="change-op">Changed</span> <a href="/timeline#a"><code>a</code></a>');
    expect(html).toContain('<span class="change-op">Removed</span> <code>b</code>');
  });

  it("escapes every value, shows a line break as ⏎ and an emptied cell as (empty)", () => {
    const html = changesHtml(history, () => undefined);
    expect(html).toContain("<del>First</del> → <ins>First &lt;b&gt;bold&lt;/b&gt; &#36;{x}</ins>");
    expect(html).toContain("<ins>line one⏎⏎line three</ins>");
    expect(html).toContain('<del class="change-empty">(empty)</del>');
    expect(html).not.toMatch(/\n\s*\n/);
  });

  it("says there is no history, or no row changed yet, in the site's language", () => {
    expect(changesHtml(undefined, () => undefined)).toContain("not in a git repository");
    expect(changesHtml({ commits: [] }, () => undefined)).toContain("No commit has changed a row");
    expect(inSiteLocale("fr-FR", () => changesHtml(history, () => undefined))).toContain("1 ligne ajoutée");
  });

  it("gives the latest commits in full and older ones a line each", () => {
    const many = Array.from({ length: changesLimits.fullCommits + 2 }, (_, i) =>
      commit(1, [{ file: "events.csv", after: "v1" }], `#${i}`),
    );
    const html = changesHtml(
      evidenceHistory(many, (id) => blobs.get(id)),
      () => undefined,
    );
    expect(html.match(/<section class="change"/g)?.length).toBe(changesLimits.fullCommits + 1);
    expect(html).toContain("2 older commits, in brief");
  });
});
