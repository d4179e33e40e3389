// The kit's words in English: the reference catalogue. Every other catalogue has exactly these
// keys (the type checker names a missing or extra one). Keys are "<area>.<what>"; keys starting
// with "live." are shown by browser code and travel with every page (src/components/locale.ts).
// A message is a text with {placeholders}, or one text per plural category when it counts
// ({ one, other }; Arabic also zero, two, few, many), chosen by the number given as {count}.
// Numbers, dates and lists are never written here: pass them formatted (siteLocale().count(…)).
export const en = {
  // Site defaults (site.json keys left out)
  "site.title": "Investigation",
  "site.description": "An investigation compiled from its sourced evidence: every row with its source.",
  "site.footer": "Built with Dossier from the evidence folder: every fact with its source.",
  "site.navigation": "Site",
  "page.overview": "Overview",
  "page.timeline": "Timeline",
  "page.scale": "Scale",
  "page.statements": "Statements",
  "page.comparison": "Side by side",
  "page.sources": "Sources",
  "page.embeds": "Embed",
  "page.compiledAt": "Data compiled {date} from the evidence folder.",
  "page.numbered": "{name}, page {number}",
  "comparison.one": "Actor",
  "comparison.many": "actors",
  "comparison.column.contacted": "Contacted, per",
  "comparison.column.asked": "Asked",
  "comparison.column.status": "Status",
  "comparison.column.response": "Public response",
  "comparison.column.figures": "Figures",

  // Citations
  "cite.sources": "Sources",
  "cite.source": "Source",
  "cite.label": "{label}:",
  "cite.none": "No source given.",
  "cite.original": "original",
  "cite.originalAt": " at {outlet}",
  "list.more": "{count} more",
  "note.label": "Note:",

  // Charts
  "chart.showData": "Show the data",
  "chart.interactive": "Interactive view",
  "chart.getData": "Get the data:",
  "chart.openIn": "Open in {site}",
  "chart.vegaLiteSpec": "Vega-Lite spec",
  "chart.compiledOn": "Data compiled {date}.",

  // Browser code (sent with each page)
  "live.explore": "Explore interactively",
  "live.exploreLoading": "Loading the interactive chart…",
  "live.exploreBack": "Show the static chart",
  "live.exploreFailed": "The interactive chart could not be loaded; the chart above is complete.",
  "live.embedLoading": "Loading…",
  "live.embedReady": "Interactive: point at a mark for its values",
  "live.embedFailed": "Interactive view failed to load — try again",
  "live.copied": "Copied.",
  "live.copySelected": "Selected: press Ctrl+C (⌘C) to copy.",
  "live.sortedAscending": "Sorted by {column}, ascending.",
  "live.sortedDescending": "Sorted by {column}, descending.",
  "live.close": "Close",
  "live.showAnswer": "Show this answer in the page",
  "live.compareSame": "The same statement on both sides: nothing differs.",
  "live.compareCounts": "{deleted} only in the first, {inserted} only in the second, {same} in both.",
  "live.compareWords": { one: "{count} word", other: "{count} words" },
  "live.compareListFailed": "The list of statements could not be loaded, so only this pair can be shown.",
  "live.compareUnknown":
    "The address names a statement that is not in the evidence; showing the default pair.",
  "live.timelineHelp":
    "Point at or tab to a mark for its details; arrow keys move between marks in time order, Enter pins the details open and Escape closes them. Drag across the strip above the chart to zoom into a period.",
  "live.timelineChart": "Timeline chart",
  "live.timelineChartShown": "Timeline chart: {shown} of {total} items shown, in {lanes} lanes",
  "live.timelineFilters": "Timeline filters",
  "live.timelineActors": "Actors",
  "live.timelineKinds": "Kinds",
  "live.timelineAll": "All",
  "live.timelineNone": "None",
  "live.timelineAllDates": "All dates",
  "live.timelineDates": "Dates to show",
  "live.timelineFrom": "From",
  "live.timelineTo": "to",
  "live.timelineShowing": "Showing {shown} of {total} items, {range}.",
  "live.timelineRange": "{from} to {to}",
  "live.timelineNoItems": "No items shown",
  "live.timelinePosition": "{position} of {total}",
  "live.timelineLoading": "{date}: loading the details…",
  "live.timelineFailed": "{date}: the details could not be loaded.",
  "live.timelineYearPage": "See {year}'s page",
  "live.cardClose": "Close details",
  "live.cardPinned": "Pinned",
  "live.cardLabel": "Item details",

  // Scale charts
  "date.notStated": "date not stated",
  "share.under": "under {share}",
  "cite.sourceLine": { one: "Source: {names}.", other: "Sources: {names}." },
  "date.approximately": "about {date}",
} as const;
