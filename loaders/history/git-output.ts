// What git prints, read: the log of the evidence files (logFormat + --raw) and the objects of
// `git cat-file --batch`. Pure, so the parsing is tested without a repository.
import type { LoggedCommit } from "./history.ts";

/** The log's format: each commit starts with U+001E, its fields split by U+001F, its message
 *  ends with U+001D; the --raw lines of the files it changed follow. */
export const logFormat = "%x1e%H%x1f%aI%x1f%s%x1f%b%x1d";

const noBlob = /^0+$/;

/** `:100644 100644 <old> <new> M\tevents.csv` -> the file and its blobs (none for a side without it). */
function rawLine(line: string): LoggedCommit["files"][number] | undefined {
  const match = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*\t(.+)$/.exec(line);
  if (!match) return undefined;
  const [, before = "", after = "", file = ""] = match;
  return {
    file,
    ...(noBlob.test(before) ? {} : { before }),
    ...(noBlob.test(after) ? {} : { after }),
  };
}

/** The commits of `git log --format=<logFormat> --raw --no-abbrev`, in the log's order. */
export function parseGitLog(text: string): LoggedCommit[] {
  return text
    .split("\x1e")
    .slice(1)
    .flatMap((record) => {
      const end = record.indexOf("\x1d");
      const [hash = "", date = "", subject = "", body = ""] = record.slice(0, end).split("\x1f");
      if (end < 0 || !/^[0-9a-f]{40,64}$/.test(hash)) return [];
      const files = record
        .slice(end + 1)
        .split("\n")
        .flatMap((line) => rawLine(line) ?? []);
      return [{ hash, date, subject, body: body.trim(), files }];
    });
}

/**
 * The objects `git cat-file --batch` printed for `names`, in order: each is `<id> <type>
 * <size>\n<bytes>\n`, or `<name> missing\n` (undefined here).
 */
export function parseCatFileBatch(
  output: Uint8Array,
  names: readonly string[],
): Map<string, Uint8Array | undefined> {
  const objects = new Map<string, Uint8Array | undefined>();
  const decoder = new TextDecoder();
  let at = 0;
  for (const name of names) {
    const eol = output.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = decoder.decode(output.subarray(at, eol));
    at = eol + 1;
    const size = /^\S+ \S+ (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      objects.set(name, undefined);
      continue;
    }
    objects.set(name, output.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
  return objects;
}
