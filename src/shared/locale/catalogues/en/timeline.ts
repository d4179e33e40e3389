// The timeline: its key, list and charts.
export const timeline = {
  "timeline.key": "Key",
  "timeline.statement": "statement",
  "timeline.statement.about": "what an actor said, quoted verbatim",
  "timeline.bar": "bar",
  "timeline.bar.about": "a period, from its date to its end date",
  "timeline.dashed": "dashed box",
  "timeline.dashed.about": "a date known only to the month or the year",
  "timeline.faded": "faded ends",
  "timeline.faded.about": "approximate dates; the entry's date note says how they are known",
  "timeline.line": "line",
  "timeline.line.about": "joins an event to the other actors it involves",
  "timeline.keyMoment": "Key moment: {label}",
} as const;
