// A cheap fingerprint of a folder: every file's path, size and modification time. It changes
// with any save under it, so a render made from older files is never served as current.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export function folderStamp(dir: string, skip: (file: string) => boolean = () => false): string {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return "missing";
  }
  return entries
    .sort()
    .filter((file) => !skip(file))
    .map((file) => {
      const info = statSync(join(dir, file), { throwIfNoEntry: false });
      return info?.isFile() ? `${relative(".", file)}:${info.size}:${info.mtimeMs}` : "";
    })
    .filter(Boolean)
    .join("|");
}
