// The gallery's copy buttons, and snippets that point at the address the site is served from.
export function enhanceGallery(root: Document): void {
  for (const area of root.querySelectorAll<HTMLTextAreaElement>("textarea[data-snippet-chart]")) {
    // The build wrote the configured site address; the page knows where it really is.
    const built = /src="([^"]+)\/embed\//.exec(area.value)?.[1];
    if (built && built !== location.origin && location.protocol.startsWith("http")) {
      area.value = area.value.split(built).join(location.origin);
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-snippet";
    button.textContent = "Copy embed code";
    const status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "copy-status";
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = "Copied.";
      } catch {
        area.select();
        status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
      }
    });
    area.after(button, status);
  }
}
