import { describe, expect, it } from "vitest";
import { parseDate } from "../../../loaders/dates.ts";
import type { PartialDate } from "../../../loaders/model.ts";
import { localeFor } from "../../../src/shared/locale/locale.ts";

const date = (text: string) => parseDate(text) as PartialDate;
const say = (tag: string, text: string) => localeFor(tag).date(date(text));

describe("uncertain dates (EDTF) in words", () => {
  it("says each form in English", () => {
    expect(say("en-GB", "../2018-08-06")).toBe("before 6 Aug 2018");
    expect(say("en-GB", "2018-08-06/..")).toBe("after 6 Aug 2018");
    expect(say("en-US", "2018-08~")).toBe("about August 2018");
    expect(say("en-US", "2018-08?")).toBe("August 2018?");
    expect(say("en-US", "2018-08%")).toBe("about August 2018?");
    expect(say("en-US", "2018-08-06~")).toBe("about Aug 6, 2018");
    expect(say("en-US", "201X")).toBe("the 2010s");
    expect(say("en-US", "2018-XX")).toBe("2018");
    expect(say("en-US", "2017-08/2018-08")).toBe("August 2017\u2009–\u2009August 2018");
    expect(say("en-US", "2017-08~/2018-08-06")).toBe("about August 2017 – Aug 6, 2018");
  });

  it("says each form in German, with the article a day needs", () => {
    expect(say("de-DE", "../2018-08-06")).toBe("vor dem 6. Aug. 2018");
    expect(say("de-DE", "../2018-08")).toBe("vor August 2018");
    expect(say("de-DE", "2018-08-06/..")).toBe("nach dem 6. Aug. 2018");
    expect(say("de-DE", "2018-08~")).toBe("etwa August 2018");
    expect(say("de-DE", "2018-08-06~")).toBe("um den 6. Aug. 2018");
    expect(say("de-DE", "2018~")).toBe("um 2018");
    expect(say("de-DE", "2018-08?")).toBe("August 2018?");
    expect(say("de-DE", "201X")).toBe("die 2010er-Jahre");
    expect(say("de-DE", "2017-08~/2018-08-06")).toBe("etwa August 2017 – 6. Aug. 2018");
  });

  it("writes the question mark as each language does", () => {
    expect(say("es-ES", "2018-08?")).toBe("¿agosto de 2018?");
    expect(say("fr-FR", "2018-08?")).toBe("août 2018 ?");
    expect(say("ar", "2018-08?")).toBe("أغسطس 2018؟");
  });

  it("joins a period whose ends are uncertain with a dash, each end in words", () => {
    expect(localeFor("en-US").range(date("2017~"), date("../2018-08-06"))).toBe(
      "about 2017 – before Aug 6, 2018",
    );
  });
});
