import { describe, expect, it } from "vitest";
import { error, formatProblem, sortProblems, warning } from "../../loaders/problem.ts";

describe("formatProblem(problem)", () => {
  it("prints file:line:column and the message", () => {
    expect(formatProblem(error("data/events.csv", 14, 2, 'date "2018-02-30" is wrong'))).toBe(
      'data/events.csv:14:2 date "2018-02-30" is wrong',
    );
  });

  it("marks warnings", () => {
    expect(formatProblem(warning("data/events.csv", 3, 1, "blank row ignored"))).toBe(
      "data/events.csv:3:1 warning: blank row ignored",
    );
  });
});

describe("sortProblems(problems)", () => {
  it("orders by file, then line, then column (numerically), then message", () => {
    const sorted = sortProblems([
      error("b.csv", 1, 1, "x"),
      error("a.csv", 10, 1, "x"),
      error("a.csv", 9, 2, "y"),
      error("a.csv", 9, 2, "x"),
      error("a.csv", 9, 10, "x"),
    ]);
    expect(sorted.map(formatProblem)).toEqual([
      "a.csv:9:2 x",
      "a.csv:9:2 y",
      "a.csv:9:10 x",
      "a.csv:10:1 x",
      "b.csv:1:1 x",
    ]);
  });
});
