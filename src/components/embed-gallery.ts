// The gallery's copy buttons, and snippets that point at the address the site is served from.
import { pageLocale } from "./locale.js";

export function enhanceGallery(root: Document): void {
  for (const area of root.querySelectorAll<HTMLTextAreaElement>("textarea[data-snippet-chart]")) {
    // The build wrote the configured site address; the page knows where it really is.
    const built = /src="([^"]+)\/embed\//.exec(area.value)?.[1];
    if (built && built !== location.origin && location.protocol.startsWith("http")) {
      area.value = area.value.split(built).join(location.origin);
    }
    // The build renders each button and its status, invisible until made to work here.
    const button = root.querySelector<HTMLButtonElement>(`button[data-copies="${area.id}"]`);
    const status = button?.nextElementSibling;
    if (!button || !status) continue;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = pageLocale().t("live.copied");
      } catch {
        area.select();
        status.textContent = pageLocale().t("live.copySelected");
      }
    });
    button.dataset.ready = "";
  }
}
