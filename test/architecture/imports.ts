// The import graph of the kit's code, and the direction it must keep:
//   src/shared <- loaders <- page loaders (src/**/*.md.ts) <- scripts
//   src/shared <- src/components;  nothing imports page loaders, scripts (but scripts) or bench.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, normalize, posix } from "node:path";
import ts from "typescript";

export interface Import {
  /** The importing file, relative to the repository root (posix). */
  from: string;
  /** The imported file (relative imports) or the package name as written (`d3-scale`, `node:fs`). */
  to: string;
  relative: boolean;
  line: number;
}

export interface GlobalUse {
  file: string;
  name: string;
  line: number;
}

/** The directories (and files) whose imports are checked. */
export const checkedRoots = ["src", "loaders", "scripts", "bench", "observablehq.config.ts"];

const sourceFile = /\.(ts|js|mjs)$/;

/** Every source file under `roots`, relative to `root` (Framework's cache and dot-folders skipped). */
export function sourceFiles(root: string, roots: readonly string[] = checkedRoots): string[] {
  const walk = (path: string): string[] => {
    const full = join(root, path);
    if (!existsSync(full)) return [];
    if (!readdirSafe(full)) return sourceFile.test(path) ? [path] : [];
    return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
      entry.name.startsWith(".") || entry.name === "node_modules" ? [] : walk(posix.join(path, entry.name)),
    );
  };
  return roots.flatMap(walk).sort();
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a relative specifier the way tsx, Vite and Framework do (`./x.js` may be `./x.ts`). */
function resolve(root: string, from: string, specifier: string): string {
  const path = normalize(posix.join(posix.dirname(from), specifier))
    .split("\\")
    .join("/");
  if (
    path.endsWith(".js") &&
    !existsSync(join(root, path)) &&
    existsSync(join(root, `${path.slice(0, -3)}.ts`))
  )
    return `${path.slice(0, -3)}.ts`;
  return path;
}

const browserGlobals = new Set([
  "document",
  "window",
  "navigator",
  "location",
  "history",
  "localStorage",
  "getComputedStyle",
  "matchMedia",
  "requestAnimationFrame",
  "requestIdleCallback",
  "HTMLElement",
  "Element",
  "Node",
]);
const nodeGlobals = new Set(["process", "Buffer", "__dirname", "__filename", "require"]);

/** The imports of one file's text (declarations, re-exports and `import("…")`; not strings in templates). */
export function parseImports(
  root: string,
  file: string,
  text: string,
): { imports: Import[]; globals: GlobalUse[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imports: Import[] = [];
  const globals: GlobalUse[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const add = (literal: ts.Expression | undefined) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const specifier = literal.text;
    const relative = specifier.startsWith(".");
    imports.push({
      from: file,
      to: relative ? resolve(root, file, specifier) : specifier,
      relative,
      line: line(literal),
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0]);
    else if (ts.isIdentifier(node) && (browserGlobals.has(node.text) || nodeGlobals.has(node.text))) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isParameter(parent) && parent.name === node) ||
        (ts.isVariableDeclaration(parent) && parent.name === node) ||
        ts.isTypeReferenceNode(parent) ||
        ts.isQualifiedName(parent) ||
        ts.isImportSpecifier(parent);
      if (!isName) globals.push({ file, name: node.text, line: line(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, globals };
}

/** The import graph of every checked file under `root`. */
export function importGraph(root: string): { imports: Import[]; globals: GlobalUse[] } {
  const imports: Import[] = [];
  const globals: GlobalUse[] = [];
  for (const file of sourceFiles(root)) {
    const parsed = parseImports(root, file, readFileSync(join(root, file), "utf8"));
    imports.push(...parsed.imports);
    globals.push(...parsed.globals);
  }
  return { imports, globals };
}

const pageLoader = /^src\/.*\.(md|json|csv|txt|html|svg|png|zip)\.(ts|js)$/;
const isNodeModule = (name: string) =>
  name.startsWith("node:") || builtinModules.includes(name.split("/")[0] ?? "");
const under = (path: string, dir: string) => path.startsWith(`${dir}/`);

/** Why an import goes against the direction, or undefined when it keeps it. */
export function directionProblem(i: Import): string | undefined {
  const where = `${i.from}:${i.line} imports ${i.to}`;
  if (under(i.from, "src/shared")) {
    if (i.relative && !under(i.to, "src/shared")) return `${where}: src/shared imports only src/shared`;
    if (!i.relative && isNodeModule(i.to))
      return `${where}: src/shared runs in the browser too (no Node modules)`;
  }
  if (under(i.from, "src/components")) {
    if (i.relative && !under(i.to, "src/components") && !under(i.to, "src/shared"))
      return `${where}: src/components imports only src/components, src/shared and npm packages`;
    if (!i.relative && isNodeModule(i.to))
      return `${where}: src/components runs in the browser (no Node modules)`;
  }
  if (!i.relative) return undefined;
  if (under(i.from, "loaders") && under(i.to, "src") && !under(i.to, "src/shared"))
    return `${where}: loaders import only src/shared of src/`;
  if (pageLoader.test(i.to)) return `${where}: nothing imports a page loader`;
  if (under(i.to, "scripts") && !under(i.from, "scripts") && !under(i.from, "bench"))
    return `${where}: only scripts/ (and bench/) import scripts/`;
  if (under(i.to, "bench") && !under(i.from, "bench")) return `${where}: nothing imports bench/`;
  return undefined;
}

/** Uses of browser or Node globals in src/shared, which must run in both. */
export function globalProblems(globals: readonly GlobalUse[]): string[] {
  return globals
    .filter((use) => under(use.file, "src/shared"))
    .map((use) => `${use.file}:${use.line} uses ${use.name}: src/shared runs in Node and in the browser`);
}
