import { describe, expect, it } from "vitest";
import { cardLeft } from "../../../src/components/timeline/card.ts";

describe("cardLeft(x, cardWidth, width, dir)", () => {
  it("opens the card right of the mark, or left of it when the page reads right to left", () => {
    expect(cardLeft(300, 200, 960, "ltr")).toBe(314);
    expect(cardLeft(300, 200, 960, "rtl")).toBe(86);
  });
  it("keeps the card 4 px inside the chart near either edge", () => {
    expect(cardLeft(900, 200, 960, "ltr")).toBe(756);
    expect(cardLeft(100, 200, 960, "rtl")).toBe(4);
  });
});
