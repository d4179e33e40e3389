import { describe, expect, it } from "vitest";
import {
  ActorKind,
  ClaimStance,
  EventStatus,
  FigureEstimate,
  isActorKind,
  isClaimStance,
  isEventStatus,
  isFigureEstimate,
} from "../../src/shared/enums.ts";

describe("enumerations", () => {
  it("list the values of the contract, in order", () => {
    expect(Object.keys(ActorKind)).toEqual([
      "company",
      "bank",
      "person",
      "regulator",
      "publication",
      "app",
      "other",
    ]);
    expect(Object.keys(EventStatus)).toEqual(["reported", "confirmed", "denied", "disputed"]);
    expect(Object.keys(ClaimStance)).toEqual(["asserts", "denies", "qualifies"]);
    expect(Object.keys(FigureEstimate)).toEqual(["initial", "revised", "official", "reported"]);
  });

  it("describe every value in one line", () => {
    for (const values of [ActorKind, EventStatus, ClaimStance, FigureEstimate]) {
      for (const description of Object.values(values)) expect(description).toMatch(/^[^\n]{10,100}$/);
    }
  });

  it("have guards that accept exactly their values (not inherited names)", () => {
    expect(isEventStatus("confirmed")).toBe(true);
    expect(isEventStatus("Confirmed")).toBe(false);
    expect(isEventStatus("toString")).toBe(false);
    expect(isActorKind("bank")).toBe(true);
    expect(isClaimStance("qualifies")).toBe(true);
    expect(isFigureEstimate("estimate")).toBe(false);
  });
});
