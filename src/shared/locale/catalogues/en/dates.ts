// Dates whose evidence is uncertain (EDTF, docs/data.md): `{date}` is the date as the locale
// writes it ("Aug 6, 2018", "August 2018", "2018"). One message per precision where a language
// words a day differently from a month or a year ("vor dem 6. Aug. 2018", "vor August 2018").
export const dates = {
  "date.about.day": "about {date}",
  "date.about.month": "about {date}",
  "date.about.year": "about {date}",
  "date.uncertain": "{date}?",
  "date.before.day": "before {date}",
  "date.before.month": "before {date}",
  "date.before.year": "before {date}",
  "date.after.day": "after {date}",
  "date.after.month": "after {date}",
  "date.after.year": "after {date}",
  "date.decade": "the {decade}s",
} as const;
