// The `_headers` file of Netlify and Cloudflare Pages: a URL path (with `*` for any rest) on a
// line of its own, then its headers indented, one `Name: value` a line. The build writes it;
// npm start's server reads it, so what a reader's browser gets locally is what the host sends.

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function headersFileText(rules: readonly HeaderRule[]): string {
  const lines = ["# Written by npm run build (the site's content security policy): see docs/publishing.md."];
  for (const { path, headers } of rules) {
    lines.push(path);
    for (const [name, value] of Object.entries(headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The rules of a `_headers` file; throws on a header line before any path. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  });
  return rules;
}

function pathPattern(path: string): RegExp {
  const escaped = path.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}

/**
 * The headers for a URL path, as the hosts combine them: every matching rule in file order, the
 * values of a header set by several rules joined with ", ". Names come back in lower case.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(urlPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
