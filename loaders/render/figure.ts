// A chart as it reaches the page at build time: title, takeaway, the SVG, a data table as its
// accessible alternative, and the source line. Pure string building with every value escaped.
import { escapeHtml } from "../../src/shared/html.ts";
import { t } from "../site/locale.ts";

export interface DataTable {
  caption: string;
  columns: readonly { label: string; numeric?: boolean }[];
  rows: readonly (readonly string[])[];
}

export interface ChartFigure {
  id: string;
  title: string;
  takeaway?: string;
  /** One sentence for screen readers describing what the chart shows. */
  description: string;
  svg: string;
  sourceLine?: string;
  table?: DataTable;
  /** Annotations on what the chart draws, in words (their labels may be drawn on it too). */
  notes?: readonly ChartFigureNote[];
  /** The notes on the rows it draws that were corrected (corrections-html.ts), built by the caller. */
  correctionsHtml?: string;
}

export interface ChartFigureNote {
  label: string;
  /** Its dates in words ("about Aug 2017 – 6 Aug 2018"), for a note on a period. */
  when?: string;
  text?: string;
  /** "Sources: …" as HTML, each source a link to its entry (built by the caller, escaped). */
  sourcesHtml?: string;
}

/** A chart's annotations in words, under it. */
export function chartNotesHtml(notes: readonly ChartFigureNote[]): string {
  const items = notes.map(
    (n) =>
      `<li><strong class="chart-note-label" dir="auto">${escapeHtml(n.label)}</strong>${n.when ? ` <span class="chart-note-when">(${escapeHtml(n.when)})</span>` : ""}${n.text ? ` <span dir="auto">${escapeHtml(n.text)}</span>` : ""}${n.sourcesHtml ? ` <span class="chart-note-sources">${n.sourcesHtml}</span>` : ""}</li>`,
  );
  return `<ul class="chart-notes">${items.join("")}</ul>`;
}

/** The SVG for inline use: escaped for Framework Markdown, described by its wrapper instead. */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/[$`]/g, (c) => (c === "$" ? "&#36;" : "&#96;"))
    .replace(/^<svg\b/, '<svg aria-hidden="true" focusable="false"');
}

export function dataTableHtml(table: DataTable): string {
  const head = table.columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="number"' : ""}>${escapeHtml(c.label)}</th>`)
    .join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${table.columns[i]?.numeric ? ' class="number"' : ' dir="auto"'}>${escapeHtml(cell)}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table class="data"><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** One HTML block (no blank lines, so Markdown leaves it alone). */
export function figureHtml(figure: ChartFigure): string {
  const id = escapeHtml(figure.id);
  const parts = [
    `<figure class="chart" id="chart-${id}" data-chart="${id}">`,
    `<figcaption><strong class="chart-title">${escapeHtml(figure.title)}</strong>`,
    figure.takeaway ? ` <span class="chart-takeaway">${escapeHtml(figure.takeaway)}</span>` : "",
    "</figcaption>",
    `<div class="chart-image" role="img" aria-label="${escapeHtml(figure.description)}">${inlineSvg(figure.svg)}</div>`,
    figure.notes?.length ? chartNotesHtml(figure.notes) : "",
    figure.correctionsHtml ?? "",
    figure.table
      ? `<details class="chart-data"><summary>${escapeHtml(t("chart.showData"))}</summary>${dataTableHtml(figure.table)}</details>`
      : "",
    figure.sourceLine ? `<p class="chart-source">${escapeHtml(figure.sourceLine)}</p>` : "",
    "</figure>",
  ];
  return parts.join("");
}
