import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../loaders/problem.ts";
import { checkBlockCall } from "../../../loaders/site/blocks/check-call.ts";
import { parseProse } from "../../../loaders/site/prose.ts";

const parse = (text: string) => parseProse("w/pages/index.md", text);

describe("parseProse(file, text)", () => {
  it("splits Markdown runs and blocks on lines of their own, with their lines", () => {
    const { prose, problems } = parse(
      '# Title\n\nSome *prose*.\n\n{{ timeline }}\n\n{{ chart id=scale-waffle label="two words" }}\nAfter.',
    );
    expect(problems).toEqual([]);
    expect(
      prose.parts.map((p) =>
        p.kind === "block"
          ? [p.call.name, p.call.line, Object.fromEntries(p.call.options)]
          : [p.text, p.line],
      ),
    ).toEqual([
      ["# Title\n\nSome *prose*.\n", 1],
      ["timeline", 5, {}],
      ["chart", 7, { id: "scale-waffle", label: "two words" }],
      ["After.", 8],
    ]);
  });

  it("leaves block syntax inside fenced code alone", () => {
    const { prose } = parse("```\n{{ timeline }}\n```");
    expect(prose.parts).toHaveLength(1);
    expect(prose.parts[0]?.kind).toBe("markdown");
  });

  it("reports a malformed block line at its column", () => {
    expect(parse("  {{ timeline").problems.map(formatProblem)[0]).toMatch(
      /^w\/pages\/index.md:1:3 is not a block/,
    );
  });
});

describe("checkBlockCall(call)", () => {
  const check = (line: string) => {
    const part = parse(line).prose.parts[0];
    return part?.kind === "block" ? checkBlockCall(part.call).map(formatProblem) : ["not a block"];
  };

  it("accepts a known block with valid options", () => {
    expect(check("{{ key-figure of=actors kind=bank }}")).toEqual([]);
  });

  it("names an unknown block with the nearest one", () => {
    expect(check("{{ timelin }}")[0]).toBe(
      "w/pages/index.md:1:1 {{ timelin }} is not a block; did you mean {{ timeline }}?; the blocks are listed in docs/blocks.md",
    );
  });

  it("names an unknown option and a bad value at their columns, and a missing required option", () => {
    expect(check("{{ key-figure of=actor }}")[0]).toMatch(
      /^w\/pages\/index.md:1:18 of="actor" is not a value .*did you mean "actors"/,
    );
    expect(check("{{ timeline colour=red }}")[0]).toMatch(
      /^w\/pages\/index.md:1:20 \{\{ timeline \}\} has no option "colour"; it takes no options/,
    );
    expect(check("{{ chart }}")[0]).toMatch(/needs id=/);
  });
});

describe("chartIds", () => {
  it("lists exactly the chart registry's ids, so {{ chart id=… }} is checked against real charts", async () => {
    const { chartRegistry } = await import("../../../loaders/charts/registry.ts");
    const { chartIds } = await import("../../../loaders/site/blocks/catalogue.ts");
    expect([...chartIds].sort()).toEqual(chartRegistry.map((c) => c.id).sort());
  });
});
