// The scale page: its charts (titles, takeaways, labels, table headers), the headline figure and
// what does not add up. Scopes, units, subjects and groups come from figures.csv as written.
export const scale = {
  "scale.total": "Total",
  "scale.totalStated": "Total (stated)",
  "scale.totalBar": "Total ({date}): {amount}",
  "scale.totalBarKind": "Total, {kind} ({date}): {amount}",
  "scale.restOfWorld": "Rest of the world, computed",
  "scale.rest": "Rest, computed",
  "scale.moreListed": "{count} more by {scope}, added up",
  "scale.percent": "Percent",
  "scale.column.share": "Share of total",
  "scale.column.asOf": "As of",
  "scale.column.estimate": "Estimate",
  "scale.column.notes": "Notes",
  "scale.column.what": "What",
  "scale.column.squares": "Squares",
  "scale.column.figure": "Figure",
  "scale.column.who": "Who",
  "scale.column.amount": "Amount",
  "scale.column.unit": "Unit",
  "scale.breakdown.title": "{subject}, by {scope}",
  "scale.breakdown.emptyTitle": "Parts of a total",
  "scale.breakdown.empty":
    "The evidence has no figures broken down into parts (a scope such as country, with a group per row) yet.",
  "scale.breakdown.description": "Bar chart, {unit}. {bars}.",
  "scale.breakdown.onlyPart":
    "{group}: {amount}, the only part listed by {scope}; the evidence states no total to reconcile it with.",
  "scale.breakdown.largest":
    "{group} is the largest of the {count} parts listed by {scope} ({amount}); the evidence states no total to reconcile them with.",
  "scale.breakdown.lead": "{group}: {amount} of {total} ({share}).",
  "scale.breakdown.exceeds": {
    one: "{lead} The one part listed by {scope} adds up to {listed}, more than the stated total: the figures do not reconcile.",
    other:
      "{lead} The {count} parts listed by {scope} add up to {listed}, more than the stated total: the figures do not reconcile.",
  },
  "scale.breakdown.remainder": {
    one: "{lead} The one part listed by {scope} adds up to {listed}; the other {remainder} are not broken down.",
    other:
      "{lead} The {count} parts listed by {scope} add up to {listed}; the other {remainder} are not broken down.",
  },
  "scale.breakdown.complete": {
    one: "{lead} The one part listed by {scope} adds up to the total.",
    other: "{lead} The {count} parts listed by {scope} add up to the total.",
  },
  "scale.cite": "{amount} ({date}; {outlets})",
  "scale.citeKind": "{amount} ({kind}, {date}; {outlets})",
  "scale.partsBelow": {
    one: "The one part listed by {scope} for “{subject}” adds up to {listed}, {gap} less than the stated total of {total}. The difference is computed here (total − listed parts), not reported by a source.",
    other:
      "The {count} parts listed by {scope} for “{subject}” add up to {listed}, {gap} less than the stated total of {total}. The difference is computed here (total − listed parts), not reported by a source.",
  },
  "scale.partsAbove": {
    one: "The one part listed by {scope} for “{subject}” adds up to {listed}, {gap} more than the stated total of {total}. The parts and the total cannot both be right, so no remainder is shown.",
    other:
      "The {count} parts listed by {scope} for “{subject}” add up to {listed}, {gap} more than the stated total of {total}. The parts and the total cannot both be right, so no remainder is shown.",
  },
  "scale.disagree":
    "Sources disagree on “{what}” as of {date}: {figures}. Both are shown; neither is averaged away.",
  "scale.against": "{first}; against {second}",
  "scale.mixedUnits":
    "“{subject}” is given in {units}: these are never added together or drawn on one scale.",
  "scale.estimates.title": "{subject}: every estimate, by date",
  "scale.estimates.emptyTitle": "How the estimate changed",
  "scale.estimates.empty":
    "The evidence has no subject with more than one stated total, so there is no change to show.",
  "scale.estimates.description": "Bar chart, {unit}, oldest first. {bars}.",
  "scale.estimates.cite": "{amount} ({date}, {outlet})",
  "scale.estimates.first": "The {kind} figure, {figure}, came first",
  "scale.estimates.firstStated": "The stated figure, {figure}, came first",
  "scale.estimates.fromTo": "From {first} to {last}",
  "scale.estimates.fromToOfficial": "From {first} to the official {last}",
  "scale.estimates.sameDate": "{lead}; on the same date {others}.",
  "scale.estimates.gave": "{outlet} gave {amount}",
  "scale.estimates.end": "{lead}.",
  "scale.waffle.emptyTitle": "A smaller number against the headline number",
  "scale.waffle.empty":
    "The evidence needs two totals in the same unit (scope “total”, e.g. people) to set one against the other; it has not.",
  "scale.waffle.title": "{small} against {big}: one square is {square}",
  "scale.waffle.takeaway": "{big} are {ratio} as many as {small}.",
  "scale.waffle.description": "Unit chart; one square is {square}. {small}. {big}. {takeaway}",
  "scale.waffle.ratio": "about {ratio} times",
  "scale.waffle.squares": { one: "{count} square", other: "{count} squares" },
  "scale.other.headline": "{subject} (the headline number)",
  "scale.other.inUnit": "in {unit}",
  "scale.other.rangeOne": "In {unit}: {amount} ({name})",
  "scale.other.range": "In {unit}: from {low} ({lowName}) to {high} ({highName})",
  "scale.other.apart": "Each unit has its own scale; {units} are never added or compared on one axis.",
  "scale.other.description":
    "Bar charts, one per subject and unit; bars in the same unit share a scale. {panels}.",
  "scale.counts.title":
    "For scale: other counts in the evidence, each in its own unit and as of its own date",
  "scale.counts.emptyTitle": "For scale: other counts",
  "scale.counts.empty":
    "The evidence has no counts about named organisations (scope “entity”) to set the headline against.",
  "scale.money.title": "For scale: sums of money in the evidence, each currency apart",
  "scale.money.emptyTitle": "For scale: sums of money",
  "scale.money.empty":
    "The evidence has no sums of money about named organisations (scope “entity”), such as fines.",
  "scale.headline": "The headline number in the evidence is {amount} — “{subject}” ({details}).",
  "scale.headlineNote": "{sentence} Its note in the evidence: “{note}”",
  "scale.noTotals": "The evidence has no stated totals yet, so there is nothing to set in scale.",
  "scale.noFigures": "The evidence has no figures yet.",
  "scale.reconciled":
    "The figures reconcile: no parts that miss their total, no sources that disagree, no subject given in two units.",
  "scale.missingFigures":
    "The evidence has no figure for {names}: no number about them could be pinned to a source and a date, so they are left out rather than guessed.",
  "claims.chart.title": "Who asserts, denies or qualifies what",
  "claims.chart.empty": "The evidence has no claims yet.",
  "claims.chart.conflicts": "Conflicting stances: {list}.",
  "claims.partyOn": "{party} on “{topic}”",
  "claims.chart.noConflicts": "No party takes more than one stance on a topic.",
  "claims.chart.description":
    "Dot matrix of {topics} topics by {parties} parties: {counts}; every other cell is silent. {takeaway}",
  "claims.chart.count": "{count} {stance}",
  "claims.chart.caption": "Stance of each party on each topic (silent cells left out)",
  "claims.chart.conflicting": "{stance} ({stances})",
  "claims.column.topic": "Topic",
  "claims.column.party": "Party",
  "claims.column.stance": "Stance",
  "claims.column.claims": "Claims",
} as const;
