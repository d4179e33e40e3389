// npm run data:init DIR: a new investigation folder. Every table's header and one example row,
// commented out with "# " (rows whose first cell starts with # are ignored), so a journalist
// starts from the contract: remove "# " from a row to make it data, or delete it; site.json with
// every setting and what it does; and a prose file per page placing the kit's blocks, to rewrite
// in the investigation's own words. It builds as it is.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { localeFor } from "../../src/shared/locale/locale.ts";
import { rowsToCsv } from "../embed/csv.ts";
import type { TableName } from "../model.ts";
import { schemas } from "../schema/index.ts";
import { correctionsPageIn } from "../site/corrections-page.ts";
import { defaultProse } from "../site/default-prose.ts";
import { defaultSettings, type PageSettings, settingsFile } from "../site/settings.ts";

/** One consistent example per table: uncommented, they form a valid evidence folder. */
export const examples: Record<TableName, Record<string, string>> = {
  sources: {
    id: "example-gazette-2018-08-06",
    outlet: "Example Gazette",
    title: "Example Company asked for customer records, report says",
    url: "https://example.org/reports/example-company",
    archive_url: "https://web.archive.org/web/20180806120000/https://example.org/reports/example-company",
    published: "2018-08-06",
    kind: "news",
    accessed: "2018-08-06",
    notes: "An example row: replace it with a real source.",
  },
  actors: {
    id: "example-company",
    name: "Example Company",
    kind: "company",
    affiliation: "",
    notes: "An example actor.",
  },
  events: {
    id: "example-company-asked-for-data",
    date: "2018-08",
    end_date: "",
    date_note: "month known from the report",
    actors: "example-company",
    kind: "request",
    title: "Example Company is asked for customer records",
    summary: "One or two sentences on what happened, as the sources report it.",
    status: "reported",
    sources: "example-gazette-2018-08-06",
    notes: "",
  },
  statements: {
    id: "example-company-statement",
    date: "2018-08-07",
    speaker: "example-company",
    on_behalf_of: "",
    medium: "statement to the Example Gazette",
    text: "We do not share customer records.",
    topics: "data-sharing",
    responds_to: "example-company-asked-for-data",
    sources: "example-gazette-2018-08-06",
    notes: "Quote verbatim, exactly as published.",
  },
  claims: {
    id: "example-company-denies-sharing",
    topic: "data-sharing",
    party: "example-company",
    stance: "denies",
    summary: "Example Company says it does not share customer records.",
    statement: "example-company-statement",
    event: "example-company-asked-for-data",
    sources: "example-gazette-2018-08-06",
    notes: "",
  },
  figures: {
    id: "example-customers",
    subject: "Example Company customers",
    scope: "total",
    group: "",
    value: "1000000",
    unit: "people",
    as_of: "2018-06-30",
    estimate: "official",
    sources: "example-gazette-2018-08-06",
    notes: "Plain numbers: 1000000, not 1,000,000.",
  },
  annotations: {
    id: "example-request-moment",
    target: "example-company-asked-for-data",
    date: "",
    end_date: "",
    label: "Example Company is asked for its records",
    text: "A caption of a sentence or two: why this moment matters, as the sources report it.",
    step: "1",
    sources: "example-gazette-2018-08-06",
    notes: "Without a target, give date and end_date: a labelled span of time.",
  },
  corrections: {
    id: "example-correction",
    date: "2018-08-09",
    target: "example-customers",
    text: "An earlier version gave the number as of the wrong date; it is as of 30 June 2018.",
    sources: "example-gazette-2018-08-06",
    notes: "Say what was wrong and what changed; the corrected row shows it.",
  },
};

/** The skeleton's pages: the default seven and the corrections page, to keep even while empty. */
export const skeletonPages: readonly PageSettings[] = [
  ...defaultSettings.pages,
  correctionsPageIn(defaultSettings.locale),
];

/** The file text for one table: header, then its example commented out. */
export function initialTable(name: TableName): string {
  const schema = schemas.find((s) => s.name === name);
  if (!schema) throw new Error(`no schema for ${name}`);
  const row = Object.fromEntries(schema.columns.map((c) => [c.name, examples[name][c.name] ?? ""]));
  const [header = "", example = ""] = rowsToCsv([row]).split("\r\n");
  return `${header}\n# ${example}\n`;
}

/** site.json with every key at its default, each explained (comments are allowed in site.json). */
export function initialSettings(): string {
  const pages = skeletonPages
    .map(
      (p) =>
        `    { "path": ${JSON.stringify(p.path)}, "title": ${JSON.stringify(p.title)}, "layout": ${JSON.stringify(p.layout)} }`,
    )
    .join(",\n");
  const { comparison } = defaultSettings;
  return `{
  // Every page's <title> ends with it; the header shows it.
  "title": "New investigation",
  // For search engines, link previews and the front page's standfirst.
  "description": ${JSON.stringify(defaultSettings.description)},
  // BCP 47 language tag of the site.
  "locale": ${JSON.stringify(defaultSettings.locale)},
  // The published address (DOSSIER_SITE_URL overrides it), e.g. "https://news.example/investigations/water".
  // "url": "",
  // Who publishes it and when it was first published, for search engines' structured data.
  // "publisher": { "name": "", "url": "" },
  // "published": "YYYY-MM-DD",
  // The pages, in navigation order. Each reads pages/<slug>.md (pages/index.md for "/"); "layout" gives a
  // page without a prose file the kit's neutral prose. Keys: path, title, nav, description, prose, layout, navigation.
  "pages": [
${pages}
  ],
  // Actors of one kind side by side (the comparison layout): which kind, the words for one and several,
  // the event kinds it reads, and its columns (contacted, asked, status, response, figures) in order.
  "comparison": {
    "kind": ${JSON.stringify(comparison.kind)},
    "one": ${JSON.stringify(comparison.one)},
    "many": ${JSON.stringify(comparison.many)},
    "event_kinds": ${JSON.stringify(comparison.eventKinds).replace(/,/g, ", ").replace(/:/g, ": ")},
    "columns": [
${comparison.columns.map((c) => `      { "column": ${JSON.stringify(c.column)}, "title": ${JSON.stringify(c.title)} }`).join(",\n")}
    ]
  },
  // When the folder is in a git repository the kit adds /changes: the evidence's history, commit by
  // commit (rows added, removed, changed). false leaves it out.
  "changes": ${JSON.stringify(defaultSettings.changes)}
}
`;
}

/** The prose skeleton of a page: its layout's prose, with a note on how to write it. */
export function initialProse(page: PageSettings): string {
  const neutral = defaultProse(localeFor(defaultSettings.locale));
  const overview = neutral.overview.replace(
    "{{ key-figures }}",
    [
      "{{ key-figure of=headline }}",
      `{{ key-figure of=actors event-kind=request label="${defaultSettings.comparison.many} named in requests" }}`,
      '{{ key-figure of=events event-kind=withdrawal label="withdrawals" label-one="withdrawal" }}',
    ].join("\n"),
  );
  const scale = neutral.scale.replace(
    "{{ chart id=scale-money }}",
    "{{ missing-figures }}\n\n{{ chart id=scale-money }}",
  );
  const prose =
    page.layout === "overview" ? overview : page.layout === "scale" ? scale : neutral[page.layout];
  return `# ${page.title}\n\nWrite this page in your own words. Blocks such as {{ compiled-at }} below place the kit's\nparts; docs/blocks.md lists every block and its options.\n\n${prose}`;
}

/** Creates `dir` with one file per table, site.json and pages/; refuses a folder that has files in it. */
export function initEvidenceFolder(dir: string): string[] {
  if (existsSync(dir) && readdirSync(dir).length) {
    throw new Error(`${dir} is not empty: data:init only creates new investigation folders`);
  }
  mkdirSync(join(dir, "pages"), { recursive: true });
  const tables = schemas.map((schema) => {
    const file = join(dir, schema.file);
    writeFileSync(file, initialTable(schema.name));
    return file;
  });
  const settings = join(dir, settingsFile);
  writeFileSync(settings, initialSettings());
  const prose = skeletonPages.map((page) => {
    const file = join(dir, page.prose);
    writeFileSync(file, initialProse(page));
    return file;
  });
  return [...tables, settings, ...prose];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: npm run data:init -- DIR\n");
    process.exitCode = 2;
  } else {
    try {
      for (const file of initEvidenceFolder(resolve(dir))) process.stdout.write(`created ${file}\n`);
      process.stdout.write(
        `Next: edit the files, remove "# " before an example to use it, write site.json and pages/*.md, then DATA_DIR=${dir} npm run build\n`,
      );
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
