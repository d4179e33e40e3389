// Where the evidence lives: DATA_DIR, or `data` in the working directory.
import { isAbsolute, relative, resolve, sep } from "node:path";

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR ?? "data");
}

/** A path as messages show it: relative to the working directory when inside it, with `/`. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  const shown = rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? resolve(cwd, path) : rel;
  return shown.split(sep).join("/");
}
