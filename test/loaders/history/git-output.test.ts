import { describe, expect, it } from "vitest";
import { parseCatFileBatch, parseGitLog } from "../../../loaders/history/git-output.ts";

const hash = (c: string) => c.repeat(40);
const blob = (c: string) => c.repeat(40);

describe("parseGitLog(text)", () => {
  it("reads each commit's fields and the evidence files it changed with their blobs", () => {
    const text = [
      `\x1e${hash("a")}\x1f2026-12-06T10:00:00+01:00\x1fEdit a title\x1fWhy: a source corrected it.\nSecond line.\n\x1d`,
      "",
      `:100644 100644 ${blob("1")} ${blob("2")} M\tevents.csv`,
      `:000000 100644 ${"0".repeat(40)} ${blob("3")} A\tfigures.csv`,
      `\x1e${hash("b")}\x1f2026-12-05T09:00:00+00:00\x1fDrop a table\x1f\x1d`,
      "",
      `:100644 000000 ${blob("4")} ${"0".repeat(40)} D\tclaims.csv`,
      "",
    ].join("\n");
    expect(parseGitLog(text)).toEqual([
      {
        hash: hash("a"),
        date: "2026-12-06T10:00:00+01:00",
        subject: "Edit a title",
        body: "Why: a source corrected it.\nSecond line.",
        files: [
          { file: "events.csv", before: blob("1"), after: blob("2") },
          { file: "figures.csv", after: blob("3") },
        ],
      },
      {
        hash: hash("b"),
        date: "2026-12-05T09:00:00+00:00",
        subject: "Drop a table",
        body: "",
        files: [{ file: "claims.csv", before: blob("4") }],
      },
    ]);
  });

  it("does not read a message line that looks like a raw line as a file", () => {
    const text = `\x1e${hash("c")}\x1f2026-12-06T10:00:00Z\x1fSubject\x1f:100644 100644 ${blob("1")} ${blob("2")} M\tevents.csv\x1d\n`;
    expect(parseGitLog(text)[0]?.files).toEqual([]);
  });
});

describe("parseCatFileBatch(output, names)", () => {
  it("reads each object's bytes by its size, and a missing one as undefined", () => {
    const body = 'id,title\na,"two\nlines"\n';
    const output = new TextEncoder().encode(
      `${blob("1")} blob ${body.length}\n${body}\nHEAD:x.csv missing\n${blob("2")} blob 0\n\n`,
    );
    const objects = parseCatFileBatch(output, [blob("1"), "HEAD:x.csv", blob("2")]);
    expect(new TextDecoder().decode(objects.get(blob("1")))).toBe(body);
    expect(objects.get("HEAD:x.csv")).toBeUndefined();
    expect(objects.has("HEAD:x.csv")).toBe(true);
    expect(objects.get(blob("2"))?.length).toBe(0);
  });
});
