// site.json is read as a tree with the offset of every key and value (jsonc-parser), so a setting
// that is wrong gets a problem at its own line and column, like a CSV cell.
import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { error, type Problem } from "../problem.ts";

export type { Node as JsonNode } from "jsonc-parser";

/** Offsets to 1-based line and column. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const syntaxHints: Record<string, string> = {
  PropertyNameExpected: 'a key in double quotes, e.g. "title"',
  ValueExpected: "a value: text in double quotes, a number, true/false, [ … ] or { … }",
  CommaExpected: "a comma between two entries",
  ColonExpected: 'a colon between a key and its value, e.g. "title": "…"',
  CloseBraceExpected: "a } closing the object (or a comma before the next key)",
  CloseBracketExpected: "a ] closing the list (or a comma before the next item)",
  InvalidSymbol: "valid JSON (text in double quotes, no trailing commas)",
};

/** Parses JSON (comments allowed, so a journalist can annotate settings); syntax errors as problems. */
export function readJsonTree(file: string, text: string): { root?: Node; problems: Problem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ""), errors, { allowTrailingComma: false });
  const problems = errors.map((e) => {
    const { line, column } = lineColumn(text, e.offset);
    const code = printParseErrorCode(e.error);
    return error(file, line, column, `is not valid JSON here: expected ${syntaxHints[code] ?? code}`);
  });
  return root && !problems.length ? { root, problems } : { problems };
}

/** An object node's entries: key text, key node and value node, in file order. */
export function entries(node: Node): { key: string; keyNode: Node; value: Node }[] {
  return (node.children ?? []).flatMap((property) => {
    const [keyNode, value] = property.children ?? [];
    return keyNode && value ? [{ key: String(keyNode.value), keyNode, value }] : [];
  });
}
