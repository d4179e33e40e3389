// What a built page is, from its file's path relative to the site folder.
import { sep } from "node:path";

/** Embed pages (embed/<chart>.html) are made to be framed by other sites' articles. */
export function isEmbedPage(file: string): boolean {
  const parts = file.split(/[\\/]/);
  return parts.length === 2 && parts[0] === "embed";
}

/** The URL paths a host serves a built page at, the canonical one first: without .html, a folder's index at /dir/. */
export function pageUrlPaths(file: string): string[] {
  const path = `/${file.split(sep).join("/")}`;
  if (path === "/index.html") return ["/", path];
  if (path.endsWith("/index.html")) return [path.slice(0, -"index.html".length), path];
  return [path.slice(0, -".html".length), path];
}
