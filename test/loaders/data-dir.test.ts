import { describe, expect, it } from "vitest";
import { dataDir, displayPath } from "../../loaders/data-dir.ts";

describe("dataDir(env)", () => {
  it("is ./data unless DATA_DIR says otherwise, resolved from the working directory", () => {
    expect(dataDir({})).toBe(`${process.cwd()}/data`);
    expect(dataDir({ DATA_DIR: "test/fixtures/evidence/minimal" })).toBe(
      `${process.cwd()}/test/fixtures/evidence/minimal`,
    );
    expect(dataDir({ DATA_DIR: "/srv/story/data" })).toBe("/srv/story/data");
  });
});

describe("displayPath(path, cwd)", () => {
  it("shows a path inside the working directory relative to it", () => {
    expect(displayPath("/work/site/data", "/work/site")).toBe("data");
    expect(displayPath("data/events.csv", "/work/site")).toBe("data/events.csv");
    expect(displayPath("/work/site", "/work/site")).toBe(".");
  });

  it("shows a path outside it in full", () => {
    expect(displayPath("/srv/story/data", "/work/site")).toBe("/srv/story/data");
    expect(displayPath("../other/data", "/work/site")).toBe("/work/other/data");
  });
});
