// Small pieces every page loader prints: front matter and the "data compiled" line.
import { escapeHtml } from "./html.ts";

/** YAML front matter with a quoted, escaped title. */
export function frontMatter(fields: { title: string; [key: string]: string | boolean }): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    typeof value === "boolean" ? `${key}: ${value}` : `${key}: ${JSON.stringify(value)}`,
  );
  return `---\n${lines.join("\n")}\n---\n`;
}

/** When the evidence was compiled into this page: the build's clock, not a typed date. */
export function compiledAtHtml(now: Date = new Date()): string {
  const iso = now.toISOString();
  const shown = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return `<p class="compiled-at">Data compiled <time datetime="${escapeHtml(iso)}">${escapeHtml(shown)}</time> from the evidence folder.</p>`;
}
