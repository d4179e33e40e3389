// A page's prose: the journalist's Markdown, with the kit's blocks placed by name on lines of
// their own, e.g. `{{ timeline }}` or `{{ chart id=scale-breakdown }}`. Lines inside fenced code
// are never read as blocks.
import { error, type Problem } from "../problem.ts";

export interface BlockCall {
  name: string;
  options: Map<string, string>;
  /** Where the call starts, for messages. */
  file: string;
  line: number;
  column: number;
  /** Where each option's value starts. */
  optionColumns: Map<string, number>;
}

export type ProsePart =
  | { kind: "markdown"; text: string; file: string; line: number }
  | { kind: "block"; call: BlockCall };

export interface Prose {
  file: string;
  parts: ProsePart[];
}

const blockLine = /^(\s*)\{\{\s*([a-z][a-z0-9-]*)((?:\s+[a-z][a-z0-9-]*=(?:"[^"]*"|[^\s"{}]+))*)\s*\}\}\s*$/;
const option = /([a-z][a-z0-9-]*)=(?:"([^"]*)"|([^\s"{}]+))/g;
const fence = /^\s{0,3}(`{3,}|~{3,})/;

function blockCall(file: string, line: number, match: RegExpExecArray): BlockCall {
  const [, indent = "", name = "", rest = ""] = match;
  const options = new Map<string, string>();
  const optionColumns = new Map<string, number>();
  const restStart = match[0].indexOf(rest, indent.length + 2 + name.length);
  for (const m of rest.matchAll(option)) {
    const key = m[1] as string;
    options.set(key, m[2] ?? m[3] ?? "");
    optionColumns.set(key, restStart + (m.index ?? 0) + key.length + 2);
  }
  return { name, options, file, line, column: indent.length + 1, optionColumns };
}

/** Splits prose into Markdown runs and block calls; a line that starts a block but is malformed is a problem. */
export function parseProse(file: string, source: string): { prose: Prose; problems: Problem[] } {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const parts: ProsePart[] = [];
  const problems: Problem[] = [];
  let run: string[] = [];
  let runStart = 1;
  let fenced: string | undefined;
  const flush = (next: number) => {
    if (run.some((l) => l.trim()))
      parts.push({ kind: "markdown", text: run.join("\n"), file, line: runStart });
    run = [];
    runStart = next;
  };
  lines.forEach((text, i) => {
    const line = i + 1;
    const open = fence.exec(text)?.[1];
    if (fenced) {
      if (open && open[0] === fenced[0] && open.length >= fenced.length) fenced = undefined;
    } else if (open) fenced = open;
    else {
      const match = blockLine.exec(text);
      if (match) {
        flush(line + 1);
        parts.push({ kind: "block", call: blockCall(file, line, match) });
        return;
      }
      if (/^\s*\{\{/.test(text)) {
        problems.push(
          error(
            file,
            line,
            text.indexOf("{{") + 1,
            'is not a block: write a block on a line of its own as {{ name }} or {{ name option=value option="a value" }}',
          ),
        );
        return;
      }
    }
    if (!run.length) runStart = line;
    run.push(text);
  });
  flush(lines.length + 1);
  return { prose: { file, parts }, problems };
}
