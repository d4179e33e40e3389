import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { moveTimelineViews } from "../../scripts/lib/timeline-view-file.ts";

describe("moveTimelineViews(html, outDir, root)", () => {
  const dirs: string[] = [];
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-view-file-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const json = '{"id":["a\\u003cb"],"lanes":[]}';
  const page = (attributes: string) =>
    `<figure><script type="application/json" class="tl-data" data-items="2000"${attributes}>${json}</script></figure>`;

  it("moves a marked view into a file named by its content and names the file relative to the page", () => {
    const dir = site();
    const moved = moveTimelineViews(page(' data-file=""'), dir, "../");
    const [name] = readdirSync(join(dir, "_timeline"));
    expect(name).toMatch(/^view-[0-9a-f]{16}\.json$/);
    expect(readFileSync(join(dir, "_timeline", name as string), "utf8")).toBe(json);
    expect(JSON.parse(json)).toEqual({ id: ["a<b"], lanes: [] });
    expect(moved).toBe(
      `<figure><script type="application/json" class="tl-data" data-items="2000" data-src="../_timeline/${name}"></script></figure>`,
    );
  });

  it("gives another view another name and the same view the same name", () => {
    const dir = site();
    const first = moveTimelineViews(page(" data-file"), dir, "./");
    expect(moveTimelineViews(page(" data-file"), dir, "./")).toBe(first);
    const other = moveTimelineViews(page(" data-file").replace("a\\u003cb", "c"), dir, "./");
    expect(other).not.toBe(first);
    expect(readdirSync(join(dir, "_timeline"))).toHaveLength(2);
  });

  it("leaves a view that is not marked in the page (a small timeline, drawn before the first paint)", () => {
    const dir = site();
    expect(moveTimelineViews(page(""), dir, "./")).toBe(page(""));
    expect(readdirSync(dir)).toEqual([]);
  });
});
