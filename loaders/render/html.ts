// Data from CSV reaches pages as text, never as markup. Page loaders emit Markdown that
// Framework parses again, where `${…}` starts a live JavaScript expression, so `$` is escaped
// too: a cell holding "${alert(1)}" must print, not run.
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  $: "&#36;",
  "`": "&#96;",
};

/** Escapes text for HTML content and quoted attribute values inside Framework Markdown. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'$`]/g, (c) => entities[c] ?? c);
}

/** An http(s) URL safe to put in href, or undefined (javascript:, data: and relative URLs are refused). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
