// The comparison table: actors of one kind side by side (site.json "comparison").
export const comparison = {
  "comparison.status.pulled-out": "Pulled out",
  "comparison.status.responded": "Responded in public",
  "comparison.status.no-statement": "Response recorded, no statement quoted",
  "comparison.status.unknown": "Unknown",
  "comparison.about.pulled-out": "withdrew, per an event of the kind “{kind}” naming it",
  "comparison.about.responded": "answered in public: a statement by it or on its behalf is quoted",
  "comparison.about.no-statement":
    "a response is recorded (declined to comment, say) but no statement is quoted",
  "comparison.about.unknown": "the evidence records no withdrawal, statement or response by it",
  "comparison.keyItem": "{status}: {about}.",
  "comparison.keyIntro":
    "A status comes only from rows of the evidence that name the actor, never from free text:",
  "comparison.moreInEvidence": "… and {count} more in the evidence.",
  "comparison.moreOnTimeline": "… and {count} more on the timeline.",
  "comparison.moreOnStatements": "… and {count} more on the statements page.",
  "comparison.manySources": "{sources}:",
  "comparison.noContact": "No contact in the evidence.",
  "comparison.contactedPer": { one: "Yes, per {count} source:", other: "Yes, per {count} sources:" },
  "comparison.nothing": "Nothing in the evidence.",
  "comparison.per": "Per",
  "comparison.perColon": "Per:",
  "comparison.alsoOnRecord": "Also on record:",
  "comparison.onStatementsPage": "on the statements page",
  "comparison.noStatement": "No statement in the evidence.",
  "comparison.asOf": "as of {date}",
  "comparison.noAsOf": "no as-of date recorded",
  "comparison.noFigure": "No figure in the evidence.",
  "comparison.eventsOnTimeline": {
    one: "{count} event on the timeline",
    other: "{count} events on the timeline",
  },
  "comparison.empty": "The evidence has no actor of kind {kind}, so there is nothing to compare yet.",
  "comparison.caption": "{actors} side by side, each fact with its sources.",
  "comparison.unattributed":
    "Reported withdrawals that name none of the actors compared. The evidence does not say which, and this table does not guess:",
} as const;
