// A front page's blocks, each page's one-line summary, the embed gallery and the headings of the
// neutral prose a page gets without a prose file.
export const overview = {
  "overview.keyFigures": "Key figures",
  "overview.headlineSource": "{when}. Source: {source}.",
  "overview.actorsNamed": "{actors} named in {kind} events",
  "overview.kindEvents": "{kind} events",
  "overview.kindEventsIn": {
    one: "{count} {kind} event in the evidence.",
    other: "{count} {kind} events in the evidence.",
  },
  "overview.onTimeline": "On the timeline",
  "overview.actors": { one: "{count} actor", other: "{count} actors" },
  "overview.outlets": { one: "{count} outlet", other: "{count} outlets" },
  "overview.evidence":
    "The evidence is {sources} from {outlets}, and {counts}, kept as CSV files. Every row cites its sources, and the loaders check every row before the site is built. {download}.",
  "overview.download": "Download all the evidence as JSON",
  "overview.citation": "{title}, data compiled {date}, {url}",
  "summary.timeline":
    "{events} and {statements} on one time axis, one lane per actor, each with its sources.",
  "summary.scale": "{figures} from the evidence, set against each other, with what does not add up.",
  "summary.statements": "{statements}, quoted exactly as published, and {claims} compared side by side.",
  "summary.comparison":
    "{actors} side by side: what each was asked, what it said and where it stands, every fact with its source.",
  "summary.sources": "{sources} from {outlets}, each with every fact that cites it.",
  "summary.embeds": "Every chart with its embed code and downloads, for articles.",
  "embeds.intro":
    "Every chart on this site can go into an article in any CMS: copy its embed code and paste it where the chart should appear. The chart fills the column's width and its height follows its content; it loads nothing from any other host, and readers without JavaScript see the static image. CMSs that speak oEmbed can embed a chart from its URL alone.",
  "embeds.preview": "Preview the embed page",
  "embeds.downloads": "Downloads:",
  "embeds.code": "Embed code",
  "embeds.copy": "Copy embed code",
  "embeds.empty": "The evidence has no charts to embed yet.",
  "prose.atAGlance": "At a glance",
  "prose.theEvidence": "The evidence",
  "prose.howMade": "How this was made",
  "prose.statusMeaning": "What an event's status means:",
  "prose.howToCite": "How to cite this site:",
  "prose.everyItem": "Every event and statement",
  "prose.notAddingUp": "What does not add up",
  "prose.claimsMatrix": "Claims matrix",
  "prose.compare": "Compare two statements",
  "prose.everyStatement": "Every statement",
  "prose.statusRead": "How the status is read",
  "prose.notCited": "Not cited",
  "prose.everySource": "Every source",
} as const;
