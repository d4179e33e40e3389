// Sortable tables: a progressive enhancement for `table[data-sortable]` whose header cells carry
// data-sort-key and data-sort-type ("text" or "number") and whose rows carry data-sort-<key>.
// Each sortable header gets a real <button>; the sorted column says so with aria-sort.
// Rows are moved, never re-created, so ids (#<row-id> links) and their content stay as built.

import { pageLocale } from "./locale.js";

type Direction = "ascending" | "descending";

export function enhanceSortableTables(root: Element | null): HTMLTableElement[] {
  if (!root) return [];
  const tables = Array.from(root.querySelectorAll<HTMLTableElement>("table[data-sortable]"));
  for (const table of tables) enhanceTable(table);
  return tables;
}

function compareValues(a: string | undefined, b: string | undefined, type: string): number {
  // Missing values sort last in either direction; handled by the caller.
  if (type === "number") return Number(a) - Number(b);
  return (a ?? "").localeCompare(b ?? "", undefined, { sensitivity: "base", numeric: true });
}

export function sortRows(table: HTMLTableElement, key: string, type: string, direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const attr = `sort${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  const rows = Array.from(body.rows).map((row, index) => ({ row, index, value: row.dataset[attr] }));
  const sign = direction === "ascending" ? 1 : -1;
  rows.sort((a, b) => {
    const aMissing = a.value === undefined || a.value === "";
    const bMissing = b.value === undefined || b.value === "";
    if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
    return sign * compareValues(a.value, b.value, type) || a.index - b.index;
  });
  body.append(...rows.map((r) => r.row));
}

function enhanceTable(table: HTMLTableElement): void {
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>("thead th[data-sort-key]"));
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  table.after(status);
  for (const th of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    // The build renders the label and the icon's slot (see comparison-html.ts); made here otherwise.
    const label = th.querySelector(".sort-label") ?? span("sort-label", th.textContent ?? "");
    const icon = th.querySelector(".sort-icon") ?? span("sort-icon", "");
    icon.setAttribute("aria-hidden", "true");
    button.append(label, icon);
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      const direction: Direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      for (const other of headers) if (other !== th) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", direction);
      sortRows(table, th.dataset.sortKey ?? "", th.dataset.sortType ?? "text", direction);
      updateIcons(headers);
      status.textContent = pageLocale().t(
        direction === "ascending" ? "live.sortedAscending" : "live.sortedDescending",
        { column: label.textContent ?? "" },
      );
    });
  }
  updateIcons(headers);
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

function updateIcons(headers: readonly HTMLTableCellElement[]): void {
  for (const th of headers) {
    const icon = th.querySelector(".sort-icon");
    const sort = th.getAttribute("aria-sort");
    if (icon) icon.textContent = sort === "ascending" ? "▲" : sort === "descending" ? "▼" : "↕";
  }
}
