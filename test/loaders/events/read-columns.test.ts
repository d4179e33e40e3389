import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readEvidence } from "../../../loaders/evidence.ts";
import type { Evidence } from "../../../loaders/model.ts";
import { annotations, claims, figures, statements } from "../../../loaders/schema/index.ts";
import { headerRow, type TableSchema } from "../../../loaders/schema/types.ts";
import { actorIds, eventsBytes, eventsFile, sourceIds } from "./events-csv-arbitrary.ts";

const root = mkdtempSync(join(tmpdir(), "dossier-event-columns-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A CSV line of `schema`'s columns, `cells` by name (the rest empty). */
function line(schema: TableSchema, cells: Record<string, string>): string {
  return schema.columns.map((c) => cells[c.name] ?? "").join(",");
}

const others = fc.record({
  /** A statement's id: its own, or one an event may have (reported with the event's line). */
  statementId: fc.constantFrom("stmt-one", "stmt-one", "ev-b", "ev-c"),
  respondsTo: fc.constantFrom("", "ev-a", "ev-d", "ev-nope"),
  target: fc.constantFrom("ev-a", "ev-e", "stmt-one", "ev-nope"),
  claimEvent: fc.constantFrom("", "ev-b", "ev-x"),
});

let folders = 0;
function folder(events: Uint8Array, o: typeof others extends fc.Arbitrary<infer T> ? T : never): string {
  const dir = join(root, `case-${folders++}`);
  mkdirSync(dir);
  const sources = sourceIds.map((id) => `${id},Outlet,A title,,2018,article,,,`);
  writeFileSync(
    join(dir, "sources.csv"),
    [
      "id,outlet,title,url,published,kind,notes,archive_url,accessed",
      ...sources,
      "src-uncited,Outlet,,,,,,,",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "actors.csv"),
    ["id,name,kind,affiliation,notes", ...actorIds.map((id) => `${id},A name,company,,`)].join("\n"),
  );
  writeFileSync(join(dir, "events.csv"), events);
  const statement = {
    id: o.statementId,
    date: "2018",
    speaker: "act-a",
    text: "words",
    responds_to: o.respondsTo,
    sources: "src-a",
  };
  writeFileSync(join(dir, "statements.csv"), `${headerRow(statements)}\n${line(statements, statement)}\n`);
  const claim = {
    id: "claim-one",
    topic: "t",
    party: "act-a",
    stance: "asserts",
    summary: "s",
    event: o.claimEvent,
    sources: "src-a",
  };
  writeFileSync(join(dir, "claims.csv"), `${headerRow(claims)}\n${line(claims, claim)}\n`);
  writeFileSync(join(dir, "figures.csv"), `${headerRow(figures)}\n`);
  const annotation = { id: "ann-one", target: o.target, label: "a label", sources: "src-b" };
  writeFileSync(
    join(dir, "annotations.csv"),
    `${headerRow(annotations)}\n${line(annotations, annotation)}\n`,
  );
  return dir;
}

/** The evidence with its events as row objects, to compare two readings. */
function asRows(evidence: Evidence) {
  return { ...evidence, events: evidence.events.rows() };
}

describe("events.csv read as columns (loaders/events/)", () => {
  it("gives what today's reader gives, and declines every file today's reader finds a problem in", () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(eventsFile, others, fc.constantFrom(1 << 18, 1, 2, 3, 5, 16), (file, o, pieceBytes) => {
        const dir = folder(eventsBytes(file), o);
        const fast = readEvidence(dir, { pieceBytes });
        const rows = readEvidence(dir, { columns: false });
        runs++;
        if (fast.declined === undefined) accepted++;
        const eventsProblems = rows.problems.filter((p) => p.file.endsWith("/events.csv"));
        if (eventsProblems.length) expect(fast.declined).toBeDefined();
        expect(fast.problems).toStrictEqual(rows.problems);
        expect(asRows(fast.evidence)).toStrictEqual(asRows(rows.evidence));
      }),
      { numRuns: 400 },
    );
    // The property would hold of a reader that declines everything: most files here are valid.
    expect(accepted / runs).toBeGreaterThan(0.3);
  });
});
