// npm run data:init DIR: a new evidence folder with every table's header and one example row,
// commented out with "# " (rows whose first cell starts with # are ignored), so a journalist
// starts from the contract: remove "# " from a row to make it data, or delete it.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { rowsToCsv } from "../embed/csv.ts";
import type { TableName } from "../model.ts";
import { schemas } from "../schema/index.ts";

/** One consistent example per table: uncommented, they form a valid evidence folder. */
export const examples: Record<TableName, Record<string, string>> = {
  sources: {
    id: "example-gazette-2018-08-06",
    outlet: "Example Gazette",
    title: "Example Bank asked for customer data, report says",
    url: "https://example.org/reports/example-bank",
    published: "2018-08-06",
    kind: "news",
    notes: "An example row: replace it with a real source.",
  },
  actors: {
    id: "example-bank",
    name: "Example Bank",
    kind: "bank",
    affiliation: "",
    notes: "An example actor.",
  },
  events: {
    id: "example-bank-asked-for-data",
    date: "2018-08",
    end_date: "",
    date_note: "month known from the report",
    actors: "example-bank",
    kind: "request",
    title: "Example Bank is asked for customer data",
    summary: "One or two sentences on what happened, as the sources report it.",
    status: "reported",
    sources: "example-gazette-2018-08-06",
    notes: "",
  },
  statements: {
    id: "example-bank-statement",
    date: "2018-08-07",
    speaker: "example-bank",
    on_behalf_of: "",
    medium: "statement to the Example Gazette",
    text: "We do not share customer data.",
    topics: "data-sharing",
    responds_to: "example-bank-asked-for-data",
    sources: "example-gazette-2018-08-06",
    notes: "Quote verbatim, exactly as published.",
  },
  claims: {
    id: "example-bank-denies-sharing",
    topic: "data-sharing",
    party: "example-bank",
    stance: "denies",
    summary: "Example Bank says it does not share customer data.",
    statement: "example-bank-statement",
    event: "example-bank-asked-for-data",
    sources: "example-gazette-2018-08-06",
    notes: "",
  },
  figures: {
    id: "example-customers",
    subject: "Example Bank customers",
    scope: "total",
    group: "",
    value: "1000000",
    unit: "people",
    as_of: "2018-06-30",
    estimate: "official",
    sources: "example-gazette-2018-08-06",
    notes: "Plain numbers: 1000000, not 1,000,000.",
  },
};

/** The file text for one table: header, then its example commented out. */
export function initialTable(name: TableName): string {
  const schema = schemas.find((s) => s.name === name);
  if (!schema) throw new Error(`no schema for ${name}`);
  const row = Object.fromEntries(schema.columns.map((c) => [c.name, examples[name][c.name] ?? ""]));
  const [header = "", example = ""] = rowsToCsv([row]).split("\r\n");
  return `${header}\n# ${example}\n`;
}

/** Creates `dir` with one file per table; refuses to touch a folder that has files in it. */
export function initEvidenceFolder(dir: string): string[] {
  if (existsSync(dir) && readdirSync(dir).length) {
    throw new Error(`${dir} is not empty: data:init only creates new evidence folders`);
  }
  mkdirSync(dir, { recursive: true });
  return schemas.map((schema) => {
    const file = join(dir, schema.file);
    writeFileSync(file, initialTable(schema.name));
    return file;
  });
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
        `Next: edit the files, remove "# " before an example to use it, then DATA_DIR=${dir} npm run data:check\n`,
      );
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
