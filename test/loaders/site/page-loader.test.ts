// src/[page].md.ts is the page loader of every page: run it as Framework does (--page=scale),
// on the real and the fixture evidence.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const printed = new Map<string, string>();
function page(dataDir: string): string {
  const cached = printed.get(dataDir);
  if (cached !== undefined) return cached;
  const markdown = execFileSync(process.execPath, ["--import", "tsx", "src/[page].md.ts", "--page=scale"], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
  printed.set(dataDir, markdown);
  return markdown;
}

describe("src/[page].md.ts --page=scale", () => {
  it.each([
    ["data", 5],
    ["test/fixtures/evidence/minimal", 1],
    ["test/fixtures/evidence/empty", 0],
  ])("prints one h1, a title and every chart or its empty state for %s", (dir, charts) => {
    const markdown = page(dir);
    expect(markdown).toMatch(
      /^---\ntitle: "Scale"\nhead: "[^\n]*<meta name=\\"description\\" content=\\"[^"\n]+\\">[^\n]*"\n---\n/,
    );
    expect(markdown.match(/<h1[ >]/g)).toHaveLength(1);
    expect(markdown.match(/<figure class="chart"/g) ?? []).toHaveLength(charts);
    expect(markdown.match(/<p class="empty">/g)?.length ?? 0).toBeGreaterThanOrEqual(5 - charts);
    expect(markdown).toContain('class="compiled-at"');
  });
  it("leaves no ${…} from the data for Framework to evaluate, and no blank line inside a chart", () => {
    const markdown = page("data");
    const outsideCode = markdown.replace(/```js[\s\S]*?```/g, "");
    expect(outsideCode).not.toContain("${");
    // One HTML block: between the stylesheets and the scripts, no blank line at all.
    const body = outsideCode.split(/\n\n/);
    expect(body.filter((part) => part.trim())).toHaveLength(2);
  });
});
