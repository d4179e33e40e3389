// The text of a source file a page could show: its string and template literals (with their line),
// read with the TypeScript compiler so comments, names and regular expressions are left out.
import ts from "typescript";

export interface LiteralText {
  line: number;
  text: string;
}

const literalKinds = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/** Every string and template literal part of `source` (TypeScript or JavaScript), in order. */
export function literalTexts(fileName: string, source: string): LiteralText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: LiteralText[] = [];
  const visit = (node: ts.Node): void => {
    if (literalKinds.has(node.kind)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push({ line: line + 1, text: (node as ts.LiteralLikeNode).text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The text of a Markdown or CSS file a page shows: everything but its comments, line by line. */
export function plainTexts(source: string): LiteralText[] {
  const blanked = source.replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\//g, (comment) =>
    comment.replace(/[^\n]/g, " "),
  );
  return blanked.split("\n").map((text, i) => ({ line: i + 1, text }));
}
