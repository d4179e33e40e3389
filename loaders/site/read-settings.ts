// Reads and checks site.json: unknown keys and bad values are problems at their line and column,
// with "did you mean" for a mistyped key; a missing file or key takes its default.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ActorKind, isActorKind } from "../../src/shared/enums.ts";
import { localeFor } from "../../src/shared/locale/locale.ts";
import { displayPath } from "../data-dir.ts";
import { compareProblems, error, type Problem } from "../problem.ts";
import { type JsonNode, lineColumn, readJsonTree } from "./json-tree.ts";
import {
  type Check,
  day,
  flag,
  list,
  locale,
  object,
  oneOf,
  type Reporter,
  text,
  url,
} from "./setting-checks.ts";
import {
  ComparisonColumn,
  defaultProseFile,
  defaultSettings,
  defaultSettingsIn,
  PageLayout,
  type PageSettings,
  reservedSlugs,
  type SiteSettings,
  settingsFile,
} from "./settings.ts";

function publisherSettings(node: JsonNode, at: Reporter): SiteSettings["publisher"] | undefined {
  const keys = object(node, at, ["name", "url"], "publisher");
  if (!keys) return undefined;
  const nameNode = keys.get("name");
  if (!nameNode)
    return at(
      node,
      'publisher needs a "name", e.g. { "name": "The Daily Example", "url": "https://news.example" }',
    );
  const name = text(nameNode, at);
  const urlNode = keys.get("url");
  const address = urlNode ? url(urlNode, at) : undefined;
  return name === undefined ? undefined : { name, ...(address ? { url: address } : {}) };
}

function pagePath(node: JsonNode, at: Reporter): string | undefined {
  const value = text(node, at);
  if (value === undefined) return undefined;
  if (value === "/") return value;
  if (!/^\/[a-z0-9][a-z0-9-]*$/.test(value))
    return at(
      node,
      `"${value}" is not a page path; write "/" or "/" and a slug of lowercase letters, digits and hyphens, e.g. "/timeline"`,
    );
  if (reservedSlugs.includes(value.slice(1)))
    return at(node, `"${value}" is kept for the kit's own files; pick another path`);
  return value;
}

function proseFile(node: JsonNode, at: Reporter): string | undefined {
  const value = text(node, at);
  if (value === undefined) return undefined;
  if (!/^[\w-]+(\/[\w-]+)*\.md$/.test(value))
    return at(
      node,
      `"${value}" is not a prose file in this folder; write a relative path ending in .md, e.g. "pages/timeline.md"`,
    );
  return value;
}

const pageKeys = ["path", "title", "nav", "description", "prose", "layout", "navigation"] as const;

function pageSettings(node: JsonNode, at: Reporter, index: number): PageSettings | undefined {
  const keys = object(node, at, pageKeys, `pages[${index}]`);
  if (!keys) return undefined;
  const pathNode = keys.get("path");
  const titleNode = keys.get("title");
  if (!pathNode || !titleNode)
    return at(
      node,
      `pages[${index}] needs a "path" and a "title", e.g. { "path": "/timeline", "title": "Timeline" }`,
    );
  const path = pagePath(pathNode, at);
  const title = text(titleNode, at);
  if (path === undefined || title === undefined) return undefined;
  const get = <T>(key: string, check: Check<T>) => {
    const value = keys.get(key);
    return value ? check(value, at) : undefined;
  };
  const slug = path === "/" ? "overview" : path.slice(1);
  const layout =
    get("layout", oneOf(PageLayout, "page layout")) ??
    (Object.hasOwn(PageLayout, slug) ? (slug as PageLayout) : "blank");
  const description = get("description", text);
  return {
    path,
    title,
    nav: get("nav", text) ?? title,
    prose: get("prose", proseFile) ?? defaultProseFile(path),
    layout,
    inNavigation: get("navigation", flag) ?? true,
    ...(description ? { description } : {}),
  };
}

function pagesSettings(node: JsonNode, at: Reporter): PageSettings[] | undefined {
  if (node.type !== "array")
    return at(node, 'must be a list of pages: [{ "path": "/", "title": "Overview" }, …]');
  const pages: PageSettings[] = [];
  const seen = new Set<string>();
  (node.children ?? []).forEach((child, i) => {
    const page = pageSettings(child, at, i);
    if (!page) return;
    if (seen.has(page.path)) at(child, `the page "${page.path}" is listed twice; keep one`);
    seen.add(page.path);
    pages.push(page);
  });
  return pages;
}

const comparisonKeys = ["kind", "one", "many", "event_kinds", "columns"] as const;
const eventKindKeys = ["request", "withdrawal", "response"] as const;

type Comparison = SiteSettings["comparison"];
function comparisonSettings(node: JsonNode, at: Reporter, base: Comparison): Comparison | undefined {
  const keys = object(node, at, comparisonKeys, "comparison");
  if (!keys) return undefined;
  const get = <T>(key: string, check: Check<T>) => {
    const value = keys.get(key);
    return value ? check(value, at) : undefined;
  };
  const kindNode = keys.get("event_kinds");
  const eventKinds = { ...base.eventKinds };
  const kinds = kindNode ? object(kindNode, at, eventKindKeys, "comparison.event_kinds") : undefined;
  for (const key of eventKindKeys) {
    const value = kinds?.get(key);
    const slug = value ? text(value, at) : undefined;
    if (slug) eventKinds[key] = slug;
  }
  const columnsNode = keys.get("columns");
  let columns = base.columns;
  if (columnsNode?.type === "array") {
    columns = (columnsNode.children ?? []).flatMap((child, i) => {
      const entry = object(child, at, ["column", "title"], `comparison.columns[${i}]`);
      const column = entry?.get("column")
        ? oneOf(ComparisonColumn, "comparison column")(entry.get("column") as JsonNode, at)
        : undefined;
      if (entry && !entry.get("column"))
        at(child, `comparison.columns[${i}] needs a "column": one of ${list(Object.keys(ComparisonColumn))}`);
      const title = entry?.get("title") ? text(entry.get("title") as JsonNode, at) : undefined;
      return column
        ? [{ column, title: title ?? base.columns.find((c) => c.column === column)?.title ?? column }]
        : [];
    });
  } else if (columnsNode)
    at(columnsNode, 'must be a list: [{ "column": "contacted", "title": "Contacted, per" }, …]');
  const kind = get("kind", oneOf(ActorKind, "actor kind"));
  return {
    kind: kind && isActorKind(kind) ? kind : base.kind,
    one: get("one", text) ?? base.one,
    many: get("many", text) ?? base.many,
    eventKinds,
    columns,
  };
}

const siteKeys = [
  "title",
  "description",
  "locale",
  "url",
  "publisher",
  "published",
  "pages",
  "comparison",
  "changes",
] as const;

/** Settings from `text` (the content of `file`), with every problem found. */
export function parseSettings(file: string, text_: string): { settings: SiteSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  const at: Reporter = (node, message) => {
    const { line, column } = lineColumn(text_, node.offset);
    problems.push(error(file, line, column, message));
    return undefined;
  };
  const { root, problems: syntax } = readJsonTree(file, text_);
  if (!root) return { settings: defaultSettings, problems: syntax };
  const keys = object(root, at, siteKeys, file);
  const get = <T>(key: string, check: Check<T>) => {
    const value = keys?.get(key);
    return value ? check(value, at) : undefined;
  };
  // The defaults speak the site's language.
  const base = defaultSettingsIn(localeFor(get("locale", locale) ?? defaultSettings.locale));

  const settings: SiteSettings = {
    title: get("title", text) ?? base.title,
    description: get("description", text) ?? base.description,
    locale: base.locale,
    pages: get("pages", pagesSettings) ?? base.pages,
    comparison:
      get("comparison", (node, report) => comparisonSettings(node, report, base.comparison)) ??
      base.comparison,
    changes: get("changes", flag) ?? base.changes,
  };
  const siteUrl = get("url", url);
  if (siteUrl) settings.url = siteUrl;
  const publisher = get("publisher", publisherSettings);
  if (publisher) settings.publisher = publisher;
  const published = get("published", day);
  if (published) settings.published = published;
  if (keys?.get("pages") && !settings.pages.some((p) => p.path === "/"))
    at(
      keys.get("pages") as JsonNode,
      'the pages need a front page: add { "path": "/", "title": "Overview" }',
    );
  return { settings, problems: problems.sort(compareProblems) };
}

/** The settings of the investigation folder `dir`: its site.json, or the defaults without one. */
export function readSettings(dir: string): { settings: SiteSettings; problems: Problem[] } {
  const path = join(dir, settingsFile);
  if (!existsSync(path)) return { settings: defaultSettings, problems: [] };
  return parseSettings(`${displayPath(dir)}/${settingsFile}`, readFileSync(path, "utf8"));
}
