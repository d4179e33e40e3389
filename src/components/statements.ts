// Browser enhancements for the statements page; the page is complete without them.
// - Matrix cells open the claims, quotes and sources behind them in a modal <dialog> (without
//   JavaScript the cell is a link to the same block further down the page).
// - The comparison lets a reader pick any two statements; the pair lives in the address
//   (?compare=<id>&with=<id>) so it can be shared. Without JavaScript a default pair is shown.
// Text is moved with textContent and cloned nodes only, never parsed as HTML.
import type { CompareEntry } from "../shared/compare-entry.js";
import { type DiffPart, diffCounts, diffSides, diffWords } from "../shared/word-diff.js";
import { correctionNoteElement } from "./correction-note.js";
import { el } from "./el.js";
import { pageLocale } from "./locale.js";

/** `statements` is awaited only when the page's statements are split over numbered pages. */
export function enhanceStatementsPage(
  root: Element | null,
  statements?: () => Promise<readonly CompareEntry[]>,
): void {
  if (!root) return;
  enhanceMatrix(root);
  const split = root.querySelector<HTMLElement>("#compare[data-split]");
  if (!split || !statements) {
    enhanceCompare(root);
    return;
  }
  statements().then(
    (entries) => enhanceCompare(root, entries),
    () => {
      const status = split.querySelector("[data-compare-status]");
      if (status) status.textContent += ` ${pageLocale().t("live.compareListFailed")}`;
    },
  );
}

/** A copy of a block without ids, so the page keeps one element per id. */
function cloneWithoutIds(node: Element): Element {
  const copy = node.cloneNode(true) as Element;
  copy.removeAttribute("id");
  for (const withId of copy.querySelectorAll("[id]")) withId.removeAttribute("id");
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Claims matrix: a cell opens a dialog

function enhanceMatrix(root: Element): void {
  const cells = root.querySelectorAll<HTMLAnchorElement>("a.cell-link[data-cell]");
  if (!cells.length) return;
  const title = el("h2", { class: "cell-dialog-title", id: "cell-dialog-title" });
  const close = el("button", { class: "cell-dialog-close", type: "button" }, pageLocale().t("live.close"));
  const body = el("div", { class: "cell-dialog-body" });
  // An href from the start (the matrix itself) so the link is never a dead anchor; each cell
  // sets it to its answer.
  const more = el(
    "a",
    { class: "cell-dialog-more", href: "#claims-matrix" },
    pageLocale().t("live.showAnswer"),
  );
  const dialog = el(
    "dialog",
    { class: "cell-dialog", "aria-labelledby": "cell-dialog-title" },
    el("div", { class: "cell-dialog-head" }, title, close),
    body,
    el("p", {}, more),
  );
  root.append(dialog);
  let opener: HTMLElement | undefined;
  close.addEventListener("click", () => dialog.close());
  // Links into the page (the full statement, the answer) close the dialog and leave focus
  // where the link leads instead of taking it back to the cell.
  const closeForLink = () => {
    opener = undefined;
    dialog.close();
  };
  body.addEventListener("click", (event) => {
    if ((event.target as Element | null)?.closest('a[href^="#"]')) closeForLink();
  });
  more.addEventListener("click", closeForLink);
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener("close", () => opener?.focus());

  for (const cell of cells) {
    cell.addEventListener("click", (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = document.getElementById(cell.dataset.cell ?? "");
      if (!target) return;
      event.preventDefault();
      const heading = target.querySelector(".answer-party");
      const stance = heading?.querySelector(".stance");
      title.replaceChildren(target.dataset.label ?? "", ...(stance ? [" ", cloneWithoutIds(stance)] : []));
      body.replaceChildren(
        ...Array.from(target.children)
          .filter((child) => child !== heading)
          .map(cloneWithoutIds),
      );
      more.setAttribute("href", `#${target.id}`);
      opener = cell;
      dialog.showModal();
      close.focus();
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Compare two statements

interface CompareView {
  form: HTMLFormElement;
  a: HTMLSelectElement;
  b: HTMLSelectElement;
  status: HTMLElement;
  texts: Map<string, string>;
  entries: Map<string, CompareEntry>;
  sides: Record<"a" | "b", { text: HTMLElement; caption: HTMLElement; corrections: HTMLElement | null }>;
}

function hidden(words: string): HTMLElement {
  return el("span", { class: "visually-hidden" }, words);
}

/** Equal text plain; changes in <del>/<ins>, with words for screen readers around them. */
export function renderDiffSide(target: HTMLElement, parts: readonly DiffPart[]): void {
  target.replaceChildren(
    ...parts.map((part) => {
      if (part.op === "equal") return document.createTextNode(part.text);
      const word = part.op === "delete" ? "deleted" : "inserted";
      return el(part.op === "delete" ? "del" : "ins", {}, hidden(`[${word}: `), part.text, hidden("]"));
    }),
  );
}

function captionFor(root: Element, id: string, entry?: CompareEntry): (Node | string)[] {
  if (entry)
    return [
      entry.caption,
      " · ",
      el("a", { class: "compare-full", href: entry.href }, pageLocale().t("live.compareInFull")),
    ];
  const attribution = root.querySelector(`article.statement[id="${CSS.escape(id)}"] .attribution`);
  const nodes = attribution
    ? Array.from(cloneWithoutIds(attribution).childNodes)
    : [document.createTextNode(id)];
  const first = nodes[0];
  // The attribution starts with a dash ("— Name, date"); the caption reads without it.
  if (first?.nodeType === Node.TEXT_NODE) first.textContent = (first.textContent ?? "").replace(/^—\s*/, "");
  return [
    ...nodes,
    " · ",
    el("a", { class: "compare-full", href: `#${id}` }, pageLocale().t("live.compareInFull")),
  ];
}

/** A statement's corrections: copies of its notes on this page, else made from statements.json's words. */
function correctionsFor(root: Element, id: string, entry?: CompareEntry): Node[] {
  if (entry) return (entry.corrections ?? []).map(correctionNoteElement);
  const notes = root.querySelectorAll(`article.statement[id="${CSS.escape(id)}"] > .correction`);
  return Array.from(notes, (note) => note.cloneNode(true));
}

function readPair(view: CompareView, location: Location): { a: string; b: string; invalid: boolean } {
  const params = new URLSearchParams(location.search);
  const a = params.get("compare");
  const b = params.get("with");
  if (a === null && b === null) return { a: view.a.value, b: view.b.value, invalid: false };
  const valid = a !== null && b !== null && view.texts.has(a) && view.texts.has(b);
  return valid ? { a, b, invalid: false } : { a: view.a.value, b: view.b.value, invalid: true };
}

function writePair(a: string, b: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set("compare", a);
  url.searchParams.set("with", b);
  url.hash = "compare";
  window.history.replaceState(window.history.state, "", url);
}

function render(view: CompareView, root: Element, note = ""): void {
  const a = view.a.value;
  const b = view.b.value;
  const parts = diffWords(view.texts.get(a) ?? "", view.texts.get(b) ?? "");
  const { before, after } = diffSides(parts);
  renderDiffSide(view.sides.a.text, before);
  renderDiffSide(view.sides.b.text, after);
  view.sides.a.text.dataset.statement = a;
  view.sides.b.text.dataset.statement = b;
  view.sides.a.caption.replaceChildren(...captionFor(root, a, view.entries.get(a)));
  view.sides.b.caption.replaceChildren(...captionFor(root, b, view.entries.get(b)));
  view.sides.a.corrections?.replaceChildren(...correctionsFor(root, a, view.entries.get(a)));
  view.sides.b.corrections?.replaceChildren(...correctionsFor(root, b, view.entries.get(b)));
  const counts = diffCounts(parts);
  const { t } = pageLocale();
  const words = (count: number) => t("live.compareWords", { count });
  const summary =
    a === b
      ? t("live.compareSame")
      : t("live.compareCounts", {
          deleted: words(counts.deleted),
          inserted: words(counts.inserted),
          same: words(counts.kept),
        });
  view.status.textContent = `${note}${summary}`;
}

function enhanceCompare(root: Element, entries: readonly CompareEntry[] = []): void {
  const container = root.querySelector<HTMLElement>("#compare");
  const form = container?.querySelector<HTMLFormElement>("form.compare-form");
  const a = container?.querySelector<HTMLSelectElement>("select[name=compare]");
  const b = container?.querySelector<HTMLSelectElement>("select[name=with]");
  const status = container?.querySelector<HTMLElement>("[data-compare-status]");
  const sideA = container?.querySelector<HTMLElement>('[data-diff="a"]');
  const sideB = container?.querySelector<HTMLElement>('[data-diff="b"]');
  const captionA = container?.querySelector<HTMLElement>('[data-caption="a"] [data-caption-text]');
  const captionB = container?.querySelector<HTMLElement>('[data-caption="b"] [data-caption-text]');
  if (!container || !form || !a || !b || !status || !sideA || !sideB || !captionA || !captionB) return;
  const texts = new Map<string, string>();
  for (const quote of root.querySelectorAll<HTMLElement>("article.statement [data-quote]")) {
    const id = quote.dataset.quote;
    if (id && !texts.has(id)) texts.set(id, quote.textContent ?? "");
  }
  // Split evidence: the lists hold the pairs shown until a reader opens one; then every
  // statement (a thousand options in each list would slow every page load and check).
  const labels = new Map(entries.map((entry) => [entry.id, entry.label]));
  for (const entry of entries) texts.set(entry.id, entry.text);
  const option = (id: string) => el("option", { value: id }, labels.get(id) ?? id);
  const offer = (...ids: string[]) => {
    for (const select of [a, b])
      for (const id of ids)
        if (labels.has(id) && !Array.from(select.options).some((o) => o.value === id))
          select.append(option(id));
  };
  let listed = !entries.length;
  const listAll = () => {
    if (listed) return;
    listed = true;
    for (const select of [a, b]) {
      const selected = select.value;
      select.replaceChildren(...entries.map((entry) => option(entry.id)));
      select.value = selected;
    }
  };
  for (const select of [a, b]) {
    select.addEventListener("focus", listAll);
    select.addEventListener("pointerdown", listAll);
  }
  // A reader who reached a list before the statements arrived gets them now.
  if (document.activeElement === a || document.activeElement === b) listAll();
  // For tests and scripts: the comparison answers from here on.
  container.dataset.compareReady = "";
  const view: CompareView = {
    form,
    a,
    b,
    status,
    texts,
    entries: new Map(entries.map((entry) => [entry.id, entry])),
    sides: {
      a: { text: sideA, caption: captionA, corrections: container.querySelector('[data-corrections="a"]') },
      b: { text: sideB, caption: captionB, corrections: container.querySelector('[data-corrections="b"]') },
    },
  };
  form.hidden = false;
  const pair = readPair(view, window.location);
  offer(pair.a, pair.b);
  a.value = pair.a;
  b.value = pair.b;
  render(view, root, pair.invalid ? `${pageLocale().t("live.compareUnknown")} ` : "");
  const update = () => {
    writePair(a.value, b.value);
    render(view, root);
  };
  a.addEventListener("change", update);
  b.addEventListener("change", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  form.querySelector(".compare-swap")?.addEventListener("click", () => {
    offer(a.value, b.value);
    [a.value, b.value] = [b.value, a.value];
    update();
  });
}
