// A chart is defined once, in the registry, and rendered from there by pages, embed pages and
// downloads. Building a chart is pure: evidence in, everything a page or an embed needs out.
import type { TopLevelSpec } from "vega-lite";
import type { NamedCorrections } from "../compile/corrections.ts";
import type { Annotation, Evidence } from "../model.ts";
import type { DataTable } from "../render/figure.ts";

export interface ChartDefinition {
  /** Slug; also the embed URL (/embed/<id>) and the file names of downloads. */
  id: string;
  /** The page the chart belongs to, e.g. "/scale". */
  page: string;
  /** What the chart shows, independent of the data (for the gallery and the registry listing). */
  description: string;
  /** The tables of the evidence the chart reads. */
  needs: readonly (keyof Evidence)[];
  build(evidence: Evidence): Promise<BuiltChart>;
}

export interface BuiltChart {
  id: string;
  title: string;
  /** One line saying what the reader should take away, computed from the data. */
  takeaway: string;
  /** Text alternative: what the chart shows, with its numbers. */
  description: string;
  /** Static rendering, made at build time; the page inlines it, embeds show it before JS. */
  svg: string;
  width: number;
  height: number;
  /** The vega-lite spec, for charts made with vega-lite (interactive view and download). */
  spec?: TopLevelSpec;
  /** Flat rows behind the chart, for CSV and JSON downloads. */
  rows: Record<string, string | number | null>[];
  /** The accessible alternative shown under the chart. */
  table: DataTable;
  /** Ids of the sources behind the chart's numbers. */
  sources: string[];
  /** "Sources: …" line built from those sources. */
  sourceLine: string;
  /** True when the evidence has nothing to chart; the page shows `takeaway` as the empty state. */
  empty: boolean;
  /** The annotations on what the chart draws, for the text beside it (absent: none). */
  annotations?: ChartNote[];
  /** The rows it draws that were corrected after publication, for the notes under it (absent: none). */
  corrections?: NamedCorrections[];
}

/** An annotation on something a chart draws. */
export interface ChartNote {
  annotation: Annotation;
  /** Whether its label is drawn on the chart (else only the text beside it has it). */
  drawn: boolean;
}
