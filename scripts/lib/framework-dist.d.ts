// Types for the parts of Framework 1.13 (dist/*.js ship without declarations) that the build
// uses: path helpers (islands.ts resolves links exactly as Framework does) and HTML rewriting.
declare module "@observablehq/framework/dist/path.js" {
  export function isAssetPath(specifier: string): boolean;
  export function parseRelativeUrl(url: string): { pathname: string; search: string; hash: string };
  export function relativePath(source: string, target: string): string;
  export function resolveLocalPath(source: string, target: string): string | null;
}

// Framework's HTML rewriting, which the islands test compares islands.ts with.
declare module "@observablehq/framework/dist/html.js" {
  export function parseHtml(html: string): { document: Document };
  export function rewriteHtml(
    html: string,
    resolvers: { resolveLink?: (href: string) => string; resolveFile?: (href: string) => string },
  ): string;
}
