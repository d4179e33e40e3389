// A cheap fingerprint of a folder: every file's path, size and modification time, and the commit
// its repository is at. It changes with any save under it and with any commit or checkout, so a
// render made from older files (or an older history, for /changes) is never served as current.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { headStamp } from "../../loaders/cli/git-head.ts";

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
    .concat(`git:${headStamp(dir)}`)
    .join("|");
}
