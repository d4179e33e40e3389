import { describe, expect, it } from "vitest";
import { outletAndDate, sourceName } from "../../../loaders/format/source-name.ts";
import { date } from "../compile/rows.ts";

describe("sourceName(source)", () => {
  it("is the title, verbatim, when one was recorded", () => {
    expect(
      sourceName({ outlet: "Gazette", title: "Water: the <facts>", published: date("2024-03-01") }),
    ).toBe("Water: the <facts>");
  });

  it("is the outlet and the date at its precision when no title was recorded", () => {
    expect(sourceName({ outlet: "Gazette", published: date("2024-03-01") })).toBe("Gazette, Mar 1, 2024");
    expect(sourceName({ outlet: "Gazette", title: "", published: date("2024-03") })).toBe(
      "Gazette, March 2024",
    );
  });

  it("is the outlet alone when neither title nor date was recorded", () => {
    expect(sourceName({ outlet: "Gazette" })).toBe("Gazette");
    expect(outletAndDate({ outlet: "Gazette", title: "T" })).toBe("Gazette");
  });
});
