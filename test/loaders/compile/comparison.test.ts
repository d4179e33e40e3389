import { describe, expect, it } from "vitest";
import { compileComparison, figureIsAbout, isCustomerFigure } from "../../../loaders/compile/comparison.ts";
import { loadEvidence } from "../../../loaders/evidence.ts";
import { actor, date, event, evidenceOf, figure, source, statement } from "./rows.ts";

/** The shipped investigation's rule: banks, with the default event kinds. */
const bankRule = {
  kind: "bank",
  eventKinds: { request: "request", withdrawal: "withdrawal", response: "response" },
} as const;

const evidence = evidenceOf({
  sources: [source("s1"), source("s2"), source("s3")],
  actors: [
    actor("firm"),
    actor("big-bank", "bank", { name: "Big Bank" }),
    actor("quiet-bank", "bank", { name: "Quiet Bank" }),
    actor("gone-bank", "bank", { name: "Gone Bank" }),
    actor("shy-bank", "bank", { name: "shy Bank" }),
    actor("spokes", "person", { affiliation: "big-bank" }),
  ],
  events: [
    event("ask-card", {
      kind: "request",
      actors: ["firm", "big-bank", "quiet-bank"],
      title: "Firm asks for card data",
      sources: ["s1", "s2"],
    }),
    event("ask-balance", {
      kind: "request",
      actors: ["firm", "big-bank"],
      title: "Firm asks for balances",
      sources: ["s2", "s3"],
      date: date("2018-07"),
    }),
    event("unnamed-pulls-out", {
      kind: "withdrawal",
      actors: ["firm"],
      title: "A bank, not named, pulls out",
    }),
    event("gone", { kind: "withdrawal", actors: ["gone-bank"], title: "Gone Bank pulls out" }),
    event("shy-declines", { kind: "response", actors: ["shy-bank"], title: "Shy Bank declines to comment" }),
  ],
  statements: [statement("big-says", "spokes", "We share nothing.", { onBehalfOf: "big-bank" })],
  figures: [
    figure("big-customers-2017", {
      subject: "Customers",
      group: "Big Bank",
      value: 40,
      unit: "customers",
      asOf: date("2017"),
    }),
    figure("big-customers-2019", {
      subject: "Customers",
      group: "big bank",
      value: 50,
      unit: "customers",
      asOf: date("2019-06"),
    }),
    figure("big-assets", { group: "Big Bank", value: 9e12, unit: "USD", asOf: date("2018") }),
    figure("big-accounts", { scope: "big-bank", value: 70, unit: "accounts" }),
    figure("other", { group: "Other Bank", value: 1, unit: "customers" }),
  ],
});
const rows = () => compileComparison(evidence, bankRule).rows;
const row = (id: string) => rows().find((b) => b.id === id);

describe("compileComparison(evidence, rule)", () => {
  it("has one row per actor of kind bank, by name", () => {
    expect(rows().map((b) => b.id)).toEqual(["big-bank", "gone-bank", "quiet-bank", "shy-bank"]);
  });

  it("lists what each bank was reportedly asked: the request events naming it, by date", () => {
    expect(row("big-bank")?.requests.map((r) => r.title)).toEqual([
      "Firm asks for balances",
      "Firm asks for card data",
    ]);
    expect(row("quiet-bank")?.requests.map((r) => r.id)).toEqual(["ask-card"]);
  });

  it("says per which sources each bank was contacted, each source once", () => {
    expect(row("big-bank")?.contactedPer.map((s) => s.id)).toEqual(["s2", "s3", "s1"]);
    expect(row("gone-bank")?.contactedPer).toEqual([]);
  });

  it("gives the status 'pulled-out' only to a bank a withdrawal event names", () => {
    expect(row("gone-bank")?.status).toBe("pulled-out");
    expect(row("gone-bank")?.statusEvents.map((e) => e.id)).toEqual(["gone"]);
  });

  it("never attributes a withdrawal that names no bank; it is listed apart", () => {
    const digest = compileComparison(evidence, bankRule);
    for (const bank of digest.rows) expect(bank.events.map((e) => e.id)).not.toContain("unnamed-pulls-out");
    expect(digest.unattributedWithdrawals.map((e) => e.id)).toEqual(["unnamed-pulls-out"]);
  });

  it("says a bank responded when a statement by it or on its behalf is quoted, verbatim", () => {
    expect(row("big-bank")?.status).toBe("responded");
    expect(row("big-bank")?.statements.map((s) => s.text)).toEqual(["We share nothing."]);
  });

  it("says 'no-statement' for a recorded response without a quote, 'unknown' without any", () => {
    expect(row("shy-bank")?.status).toBe("no-statement");
    expect(row("shy-bank")?.statusEvents.map((e) => e.id)).toEqual(["shy-declines"]);
    expect(row("quiet-bank")?.status).toBe("unknown");
  });

  it("gives the latest customer figure per subject, with unit and as-of date, largest first", () => {
    expect(row("big-bank")?.customers.map((f) => [f.id, f.value, f.unit, f.asOf?.iso])).toEqual([
      ["big-accounts", 70, "accounts", undefined],
      ["big-customers-2019", 50, "customers", "2019-06"],
    ]);
  });

  it("has no customer figure for a bank the figures do not name", () => {
    expect(row("quiet-bank")?.customers).toEqual([]);
  });

  it("links every event naming the bank, by date", () => {
    expect(row("big-bank")?.events.map((e) => e.id)).toEqual(["ask-balance", "ask-card"]);
  });

  it("is empty for evidence without banks", () => {
    expect(compileComparison(evidenceOf({}), bankRule)).toEqual({ rows: [], unattributedWithdrawals: [] });
  });
});

describe("figureIsAbout(figure, bank) and isCustomerFigure(figure)", () => {
  it("matches a figure to a bank by group or scope, name or id, ignoring case and spaces", () => {
    const bank = { id: "big-bank", name: "Big Bank" };
    expect(figureIsAbout(figure("a", { group: " BIG BANK " }), bank)).toBe(true);
    expect(figureIsAbout(figure("b", { scope: "big-bank" }), bank)).toBe(true);
    expect(figureIsAbout(figure("c", { subject: "Big Bank customers" }), bank)).toBe(false);
  });

  it("counts customers, accounts and users, not money or percentages", () => {
    expect(isCustomerFigure(figure("a", { unit: "customers" }))).toBe(true);
    expect(isCustomerFigure(figure("b", { unit: "USD" }))).toBe(false);
    expect(isCustomerFigure(figure("c", { unit: "percent" }))).toBe(false);
  });
});

describe("compileComparison on the real evidence", () => {
  const digest = compileComparison(loadEvidence("data"), bankRule);

  it("marks no named bank as having pulled out: the bank that did was never named", () => {
    expect(digest.rows.map((b) => b.status)).not.toContain("pulled-out");
    expect(digest.unattributedWithdrawals.map((e) => e.id)).toEqual(["unnamed-bank-pulls-out"]);
  });

  it("has a row for each of the four banks the report named, each contacted per the WSJ", () => {
    const ids = digest.rows.map((b) => b.id);
    for (const id of ["jpmorgan-chase", "wells-fargo", "citigroup", "us-bancorp"]) {
      expect(ids).toContain(id);
      expect(digest.rows.find((b) => b.id === id)?.contactedPer.map((s) => s.id)).toContain(
        "wsj-2018-08-06-article",
      );
    }
  });
});
