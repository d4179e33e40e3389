// Citation popovers: pointing at or focusing a numbered reference (a.ref, built by
// loaders/render/citations.ts) shows its source's outlet, title and date beside it, read as text
// from the block's reference list (the element its aria-describedby names). One popover for the
// page, fixed beside its reference (nothing moves), kept inside the viewport's width; it stays
// while the pointer is on it, follows it when anything scrolls, and Escape closes it. Without JavaScript each number is a plain link.
import { el } from "./el.js";

const hideDelay = 150;

/** Outlet, title and date of a reference, from its entry in the list. */
function lines(link: HTMLAnchorElement): string[] {
  const id = link.getAttribute("aria-describedby");
  const name = id ? document.getElementById(id) : null;
  if (!name) return [];
  const parts = [".ref-outlet", ".ref-title", ".ref-date"].map(
    (selector) => name.querySelector(selector)?.textContent?.trim() ?? "",
  );
  return parts.filter(Boolean);
}

function referenceOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>("a.ref[aria-describedby]") : null;
}

export interface CitationPopover {
  element: HTMLElement;
  show(link: HTMLAnchorElement): void;
  hide(): void;
}

/** Several blocks of one page each ask for the popover; the page gets one. */
const enhanced = new WeakMap<Document, CitationPopover>();

/** Enhances every reference in the document once; later calls return the same popover. */
export function enhanceCitations(doc: Document = document): CitationPopover {
  const known = enhanced.get(doc);
  if (known) return known;

  const element = el("div", { id: "ref-popover", class: "ref-popover", role: "tooltip", hidden: "" });
  // Inside the main landmark (all content belongs to one); fixed, so no ancestor's offset matters.
  (doc.querySelector("main") ?? doc.body).append(element);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: HTMLAnchorElement | undefined;

  const show = (link: HTMLAnchorElement) => {
    clearTimeout(timer);
    const text = lines(link);
    if (!text.length) return;
    element.replaceChildren(
      ...text.map((line, i) => el("span", { class: `ref-popover-line ref-popover-${i}`, dir: "auto" }, line)),
    );
    element.hidden = false;
    current = link;
    place(link);
  };
  const place = (link: HTMLAnchorElement) => {
    const box = link.getBoundingClientRect();
    const width = doc.documentElement.clientWidth;
    const left = Math.max(8, Math.min(box.left, width - element.offsetWidth - 8));
    element.style.left = `${left}px`;
    element.style.top = `${box.bottom + 4}px`;
  };
  const hide = () => {
    clearTimeout(timer);
    element.hidden = true;
    current = undefined;
  };
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, hideDelay);
  };

  doc.addEventListener("focusin", (event) => {
    const link = referenceOf(event.target);
    if (link) show(link);
  });
  doc.addEventListener("focusout", (event) => {
    if (referenceOf(event.target)) hide();
  });
  doc.addEventListener("mouseover", (event) => {
    const link = referenceOf(event.target);
    if (link) show(link);
    else if (event.target instanceof Node && element.contains(event.target)) clearTimeout(timer);
  });
  doc.addEventListener("mouseout", (event) => {
    const fromPopover = event.target instanceof Node && element.contains(event.target);
    const leaving = referenceOf(event.target) ?? (fromPopover ? current : null);
    if (leaving) hideSoon();
  });
  // Fixed to the viewport: it follows its reference when the page or a region scrolls.
  doc.addEventListener("scroll", () => current && place(current), { passive: true, capture: true });
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !element.hidden) hide();
  });

  const popover: CitationPopover = { element, show, hide };
  enhanced.set(doc, popover);
  return popover;
}
