// How data:check prints a problem: `text` for people (file:line:column message), `github` as a
// GitHub Actions workflow command (an annotation on the pull request), `json` as one object per
// line for editors. Pure: the caller says where the problem's table and column are.
import { isAbsolute, relative, resolve, sep } from "node:path";
import { formatProblem, type Problem } from "../problem.ts";

export const problemFormats = ["text", "github", "json"] as const;
export type ProblemFormat = (typeof problemFormats)[number];

export function isProblemFormat(value: string): value is ProblemFormat {
  return (problemFormats as readonly string[]).includes(value);
}

/** The table and header name a problem is in; null when it is about a folder or a missing file. */
export interface ProblemPlace {
  table: string | null;
  columnName: string | null;
}

export const noPlace: ProblemPlace = { table: null, columnName: null };

/** A workflow command's message: GitHub reads `%`, CR and LF as escapes and line ends. */
export function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A workflow command's property value: `:` and `,` also end a property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/**
 * `file` as GitHub names it in a pull request: relative to `root` (the checkout, GITHUB_WORKSPACE),
 * with `/`; a problem's file is shown relative to `cwd`, where data:check ran.
 */
export function repositoryPath(file: string, root: string, cwd: string): string {
  const rel = relative(root, resolve(cwd, file));
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel.split(sep).join("/");
}

/** The annotation's title: the file's name and, when known, the column's. */
function annotationTitle(file: string, place: ProblemPlace): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return place.columnName === null ? name : `${name}, column ${place.columnName}`;
}

/** `::error file=data/events.csv,line=14,col=2,title=events.csv%2C column date::date "2018-02-30" …` */
export function githubAnnotation(p: Problem, place: ProblemPlace, file = p.file): string {
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${p.line}`,
    `col=${p.column}`,
    `title=${escapeProperty(annotationTitle(file, place))}`,
  ];
  return `::${p.severity} ${properties.join(",")}::${escapeData(p.message)}`;
}

/** One line of JSON: file, line, column, severity, message, table, column_name. */
export function jsonProblem(p: Problem, place: ProblemPlace): string {
  const { file, line, column, severity, message } = p;
  return JSON.stringify({
    file,
    line,
    column,
    severity,
    message,
    table: place.table,
    column_name: place.columnName,
  });
}

export interface FormatContext {
  place(p: Problem): ProblemPlace;
  /** Where GitHub's paths start (the repository's checkout). */
  root: string;
  cwd: string;
}

/** The printer of one problem in `format`. */
export function problemPrinter(format: ProblemFormat, context: FormatContext): (p: Problem) => string {
  if (format === "github")
    return (p) => githubAnnotation(p, context.place(p), repositoryPath(p.file, context.root, context.cwd));
  if (format === "json") return (p) => jsonProblem(p, context.place(p));
  return formatProblem;
}
