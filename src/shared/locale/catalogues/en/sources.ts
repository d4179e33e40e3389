// The sources: every source with what cites it, the uncited ones, and their numbered pages.
export const sources = {
  "sources.count": { one: "{count} source", other: "{count} sources" },
  "sources.figures": { one: "{count} figure", other: "{count} figures" },
  "sources.listedWhere.events": "every event lists its sources on the timeline and in events.csv",
  "sources.listedWhere.statements":
    "every statement lists its sources on the statements page and in statements.csv",
  "sources.listedWhere.claims": "every claim lists its sources on the statements page and in claims.csv",
  "sources.listedWhere.figures": "every figure lists its sources in figures.csv",
  "sources.firstShown": "First {shown} of {total} shown; {left} more not listed here ({where}).",
  "sources.notCited": "Not cited",
  "sources.notCitedBy": "{notCited} by any event, statement, claim, figure, key moment or correction.",
  "sources.citedBy": { one: "Cited by {count} row", other: "Cited by {count} rows" },
  "sources.citedByShort": { one: "cited by {count} row", other: "cited by {count} rows" },
  "sources.uncitedShort": "not cited",
  "sources.noDate": "no date recorded",
  "sources.link": "Link: {link}",
  "sources.noLink": "No link recorded.",
  "sources.allCited":
    "Every source is cited by at least one event, statement, claim, figure, key moment or correction.",
  "sources.uncited": {
    one: "{count} source is cited by nothing in the evidence (data:check warns about it):",
    other: "{count} sources are cited by nothing in the evidence (data:check warns about them):",
  },
  "sources.empty": "The evidence has no sources yet.",
  "sources.undated": "undated",
  "sources.order": "By outlet, then date published.",
  "sources.splitIntro":
    "By outlet, then date published. With {sources}, the full entries (title, date, kind, notes, link and what cites each) are on {pages} of up to {size}:",
  "sources.indexIntro": "Each line below links to its source's full entry.",
  "sources.from": "From {from}",
  "sources.fromTo": "From {from} to {to}",
  "sources.pageTitle": "Sources {first}–{last} of {total}",
  "sources.pageIntro":
    "Page {page} of {pages} of the sources, by outlet, then date published. Under each source, the events, statements, claims and figures that cite it. All of them: {link}.",
  "sources.keyMoments": { one: "{count} key moment", other: "{count} key moments" },
  "sources.corrections": { one: "{count} correction", other: "{count} corrections" },
  "sources.listedWhere.annotations": "every key moment lists its sources in annotations.csv",
  "sources.listedWhere.corrections": "every correction lists its sources in corrections.csv",
} as const;
