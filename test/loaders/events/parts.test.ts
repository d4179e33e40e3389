import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsBefore, isPartialDate, parseDate } from "../../../loaders/dates.ts";
import { isoOf, notPlain, packDate, packedEndsBefore } from "../../../loaders/events/packed-dates.ts";
import { RangeIds } from "../../../loaders/events/range-ids.ts";
import { describeColumns, readColumns, schemaReadable } from "../../../loaders/events/schema-check.ts";
import { events } from "../../../loaders/schema/events.ts";
import { IdIndex } from "../../../loaders/validate/id-index.ts";

describe("the columnar reader of events (loaders/events/)", () => {
  it("reads the events schema as it is (a changed schema must be read by read.ts before it reads any file)", () => {
    expect(describeColumns(events.columns)).toBe(readColumns);
    expect(schemaReadable).toBe(true);
  });

  it("packs exactly the plain dates dates.ts reads, back to the same text, and orders ends as dates.ts does", () => {
    const text = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 2100 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.nat(2),
        )
        .map(([y, m, d, parts]) =>
          [String(y).padStart(4, "0"), String(m).padStart(2, "0"), String(d).padStart(2, "0")]
            .slice(0, parts + 1)
            .join("-"),
        ),
      fc.string({ maxLength: 11 }),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        const packed = packDate(`<${a}>`, 1, a.length + 1);
        const parsed = parseDate(a);
        const plain = isPartialDate(parsed) && !parsed.edtf && a !== "" && !a.startsWith("0000");
        expect(packed !== notPlain && packed !== 0).toBe(plain);
        if (!plain) return;
        expect(isoOf(packed)).toBe(a);
        const other = packDate(b, 0, b.length);
        const end = parseDate(b);
        if (other > 0 && isPartialDate(end))
          expect(packedEndsBefore(other, packed)).toBe(endsBefore(end, parsed));
      }),
    );
  });

  it("finds, adds and orders ids as IdIndex and string comparison do, whether they arrive in order or not", () => {
    const id = fc.stringMatching(/^[a-c0-9-]{0,4}$/);
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 30 }),
        fc.array(id, { maxLength: 10 }),
        fc.boolean(),
        (ids, lookups, sorted) => {
          const list = sorted ? [...ids].sort() : ids;
          const pieces: string[] = [];
          const ranges = new RangeIds(pieces);
          const strings = new IdIndex();
          for (const one of list) {
            pieces.push(`,${one};`);
            const added = ranges.add(pieces.at(-1) as string, 1, one.length + 1);
            expect(added).toBe(strings.add(one));
          }
          expect(ranges.size).toBe(strings.size);
          expect(ranges.all()).toEqual(strings.keys);
          const ascending = list.every((k, n) => n === 0 || (list[n - 1] as string) < k);
          expect(ranges.inOrder()).toBe(ascending);
          for (const one of [...lookups, ...list])
            expect(ranges.find(` ${one} `, 1, one.length + 1)).toBe(strings.find(one));
        },
      ),
    );
  });
});
