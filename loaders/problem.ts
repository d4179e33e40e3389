// A problem is what a journalist must fix (error) or should look at (warning), with the place in
// the file where it is: file:line:column, column being the 1-based field index.
export type Severity = "error" | "warning";

export interface Problem {
  /** The file as the reader should see it, e.g. `data/events.csv`. */
  file: string;
  /** 1-based line where the record starts (quoted cells may span several lines). */
  line: number;
  /** 1-based field index in the record. */
  column: number;
  severity: Severity;
  message: string;
  /** A warning `data:check --strict` counts as an error: a source with a url and no archived copy. */
  rule?: StrictRule;
}

/** The warnings a newsroom may make errors with `data:check --strict`. */
export type StrictRule = "unarchived-source";

export function error(file: string, line: number, column: number, message: string): Problem {
  return { file, line, column, severity: "error", message };
}

export function warning(file: string, line: number, column: number, message: string): Problem {
  return { file, line, column, severity: "warning", message };
}

/** `data/events.csv:14:2 date "2018-02-30" is not a calendar date; …` (warnings say so). */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity === "warning" ? "warning: " : ""}${p.message}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By file, line, column, then message, so output is stable. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.message, b.message)
  );
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(compareProblems);
}

export function isError(p: Problem): boolean {
  return p.severity === "error";
}
