// Links from the data reach pages only over http(s). (Text is escaped by src/shared/html.ts.)
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
