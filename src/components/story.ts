// The guided story, one step at a time: previous and next buttons, and the arrow keys while
// focus is in the story. The address holds the step (#step-3, or ?step=3), written with
// replaceState so moving through the story never scrolls the page or fills the history.

import { pageLocale } from "./locale.js";

const stepInHash = /^#step-(\d+)$/;

function stepFromAddress(count: number): number {
  const hash = stepInHash.exec(location.hash)?.[1];
  const n = Number(hash ?? new URL(location.href).searchParams.get("step") ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= count ? n : 1;
}

/** Enhances a story block in place; does nothing without one. */
export function enhanceStory(story: HTMLElement | null): void {
  if (!story) return;
  const steps = [...story.querySelectorAll<HTMLElement>(".story-step")];
  const previous = story.querySelector<HTMLButtonElement>(".story-previous");
  const next = story.querySelector<HTMLButtonElement>(".story-next");
  const position = story.querySelector<HTMLElement>(".story-position");
  if (!steps.length || !previous || !next || !position) return;
  let current = 0;

  const show = (index: number, write: boolean) => {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((step, i) => {
      step.toggleAttribute("data-current", i === current);
      step.toggleAttribute("inert", i !== current);
    });
    story.dataset.current = String(current + 1);
    previous.setAttribute("aria-disabled", String(current === 0));
    next.setAttribute("aria-disabled", String(current === steps.length - 1));
    const locale = pageLocale();
    position.textContent = locale.t("live.storyPosition", {
      step: locale.number(current + 1),
      count: locale.number(steps.length),
    });
    if (write) {
      const url = new URL(location.href);
      url.searchParams.delete("step");
      url.hash = `step-${current + 1}`;
      history.replaceState(history.state, "", url);
    }
  };

  previous.addEventListener("click", () => show(current - 1, true));
  next.addEventListener("click", () => show(current + 1, true));
  story.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest("input, textarea, select")) return;
    if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      event.preventDefault();
      show(current + (event.key === "ArrowLeft" ? -1 : 1), true);
    }
  });
  window.addEventListener("hashchange", () => {
    if (stepInHash.test(location.hash)) show(stepFromAddress(steps.length) - 1, false);
  });
  show(stepFromAddress(steps.length) - 1, false);
}
