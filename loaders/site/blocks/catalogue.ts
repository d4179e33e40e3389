// Every block a page's prose can place, with its options: the one list that checks prose
// (data:check), renders pages (blocks/index.ts maps each name to its renderer) and documents the
// blocks (docs/blocks.md is generated from it).
import { ActorKind } from "../../../src/shared/enums.ts";
import type { OptionSpec } from "./block.ts";

const actorKinds = Object.keys(ActorKind);

/** The registry's chart ids (loaders/charts/registry.ts; a test keeps the two lists equal), so
 *  prose is checked without loading the chart builders. */
export const chartIds = [
  "timeline",
  "scale-breakdown",
  "scale-waffle",
  "scale-estimates",
  "scale-other-counts",
  "scale-money",
  "claims-matrix",
] as const;

export const blockCatalogue = {
  "compiled-at": {
    description: "When the evidence was compiled into the page (the build's clock).",
    options: {},
  },
  dek: { description: "The site's description (site.json) as the page's standfirst.", options: {} },
  summary: {
    description: "One neutral sentence on what a kind of page holds, with counts from the evidence.",
    options: {
      of: {
        description: "which part of the evidence",
        values: ["timeline", "scale", "statements", "comparison", "sources", "embeds", "overview"],
        required: true,
      },
    },
  },
  "key-figures": {
    description:
      "The headline figure and neutral counts (actors of the comparison's kind in request events, withdrawals), side by side.",
    options: {},
  },
  "key-figure": {
    description: "One large number, computed from the evidence; consecutive key figures sit side by side.",
    options: {
      of: {
        description:
          "headline: the largest stated total (figures.csv); actors: actors of a kind named in events of a kind; events: events of a kind",
        values: ["headline", "actors", "events"],
        required: true,
      },
      kind: { description: "actors: the actor kind (default: the comparison's kind)", values: actorKinds },
      "event-kind": {
        description:
          "actors and events: the event kind slug (default: request for actors, withdrawal for events)",
      },
      from: {
        description: "actors and events: count events from this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
      },
      label: { description: "the words under the number (default: neutral words from the options)" },
      "label-one": { description: "the words under the number when it is 1" },
      names: { description: "actors: list the actors' names after the label", values: ["yes", "no"] },
    },
  },
  story: {
    description:
      "The guided story: the annotations with a step, in order, each with its date, label, caption, sources, a link to the timeline and a chart excerpt with its moment emphasised. Without JavaScript a numbered list; with it, one step at a time with previous and next buttons and arrow keys; the address holds the step (#step-3).",
    options: {},
  },
  "timeline-preview": {
    description: "The timeline as a static chart (no list, no controls), for a front page.",
    options: {},
  },
  "page-list": { description: "The site's other pages, each with a sentence on what it holds.", options: {} },
  "evidence-summary": {
    description:
      "How many sources, outlets and rows the evidence holds, and a download of all of it as JSON.",
    options: {},
  },
  "status-legend": { description: "What each event status means.", options: {} },
  citation: { description: "How to cite the site (title, compiled date, address).", options: {} },
  timeline: {
    description: "The interactive timeline: a static SVG in the page, made interactive by JavaScript.",
    options: {},
  },
  "timeline-list": {
    description:
      "Every event and statement in time order with dates and sources (one page per year past 300 items). Events are linked here.",
    options: {},
  },
  chart: {
    description:
      "A chart of the registry with its data table (scale charts: scale-breakdown, scale-waffle, scale-estimates, scale-other-counts, scale-money).",
    options: {
      id: { description: "the chart's id (see the embed gallery)", values: chartIds, required: true },
    },
  },
  "headline-figure": {
    description: "A sentence on the headline figure: its value, subject, kind of estimate, date and sources.",
    options: {},
  },
  discrepancies: {
    description: "What does not add up in figures.csv: parts that miss their total, sources that disagree.",
    options: {},
  },
  "missing-figures": {
    description: "Names the actors of a kind that have no figure in the evidence.",
    options: { kind: { description: "the actor kind (default: the comparison's kind)", values: actorKinds } },
  },
  "claims-matrix": {
    description: "Who asserts, denies or qualifies what: topics by parties, each cell opening its claims.",
    options: {},
  },
  "reported-vs-said": {
    description: "For each topic, what was reported next to each party's answer. Claims are linked here.",
    options: {},
  },
  compare: {
    description: "Two statements side by side, word by word; the address keeps the pair.",
    options: {},
  },
  statements: {
    description:
      "Every statement, verbatim, grouped by what it answers (numbered pages past 200). Statements are linked here.",
    options: {},
  },
  comparison: {
    description:
      "Actors of one kind side by side (site.json comparison): a sortable table, every fact linked. Its rows are linked here.",
    options: {},
  },
  "comparison-key": { description: "How the comparison's status column is read.", options: {} },
  "uncited-sources": { description: "Sources no row cites.", options: {} },
  sources: {
    description: "Every source with what cites it (numbered pages past 150). Sources are linked here.",
    options: {},
  },
  corrections: {
    description:
      "Every correction made after publication (corrections.csv), newest first, each with the row it corrects. Corrections are linked here.",
    options: {},
  },
  "embed-gallery": { description: "Every chart with its embed code, preview and downloads.", options: {} },
  changes: {
    description:
      "The evidence's history from git, newest first: each commit's date and message, and the rows it added, removed or changed in each table, each changed cell old → new. A sentence saying there is none when the folder is in no git repository.",
    options: {},
  },
} as const satisfies Record<string, { description: string; options: Record<string, OptionSpec> }>;

export type BlockName = keyof typeof blockCatalogue;

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(blockCatalogue, name);
}
