import { describe, expect, it } from "vitest";
import { type KnownValues, readState, writeState } from "../../../src/components/timeline/state.ts";

const known: KnownValues = {
  actors: ["facebook", "wells-fargo", "citigroup"],
  kinds: ["report", "request", "statement"],
  isItem: (id) => ["wsj-report", "statement--diana"].includes(id),
};
const read = (query: string) => readState(new URL(`https://example.org/timeline${query}`), known);

describe("readState(url, known)", () => {
  it("reads no parameters as everything shown and nothing pinned", () => {
    expect(read("")).toEqual({});
  });

  it("reads the actors and kinds to show", () => {
    expect(read("?actors=wells-fargo,citigroup&kinds=report")).toEqual({
      actors: ["wells-fargo", "citigroup"],
      kinds: ["report"],
    });
  });

  it("reads an empty list as nothing shown", () => {
    expect(read("?actors=")).toEqual({ actors: [] });
  });

  it("reads a list of every known value as all", () => {
    expect(read("?kinds=statement,report,request")).toEqual({});
  });

  it("ignores actors and kinds it does not know", () => {
    expect(read("?actors=facebook,nobody&kinds=<script>")).toEqual({ actors: ["facebook"], kinds: [] });
  });

  it("reads the time range and puts it in order", () => {
    expect(read("?from=2018-12-31&to=2018-01-01")).toEqual({ from: "2018-01-01", to: "2018-12-31" });
  });

  it("ignores dates that are not calendar days", () => {
    expect(read("?from=2018-13-01&to=yesterday")).toEqual({});
  });

  it("pins the item named in the hash, when there is one", () => {
    expect(read("#wsj-report")).toEqual({ pinned: "wsj-report" });
    expect(read("#statement--diana")).toEqual({ pinned: "statement--diana" });
  });

  it("ignores a hash that names no item", () => {
    expect(read("#every-event-and-statement")).toEqual({});
  });
});

describe("writeState(url, state)", () => {
  const base = new URL("https://example.org/timeline?theme=dark#old");

  it("writes lists with plain commas and the pinned item as the hash", () => {
    const url = writeState(base, { actors: ["facebook", "citigroup"], kinds: [], pinned: "wsj-report" });
    expect(url.href).toBe(
      "https://example.org/timeline?theme=dark&actors=facebook,citigroup&kinds=#wsj-report",
    );
  });

  it("leaves defaults out and keeps other parameters", () => {
    expect(writeState(base, {}).href).toBe("https://example.org/timeline?theme=dark");
  });

  it("reads back what it wrote", () => {
    const state = {
      actors: ["wells-fargo"],
      kinds: ["report", "request"],
      from: "2018-01-01",
      to: "2018-12-31",
      pinned: "wsj-report",
    };
    expect(readState(writeState(base, state), known)).toEqual(state);
  });
});
