// A deterministic synthetic evidence folder of any size, for benchmarks: the same options always
// write the same bytes, and the folder passes data:check. Rows are written in chunks, so a
// million events do not need a million-row string in memory.
//
//   tsx bench/synthetic.ts DIR [events] [seed]
import { appendFileSync, mkdirSync, realpathSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { header, row, writeRows } from "./synthetic/rows.ts";
import {
  kinds,
  notes,
  objects,
  organisations,
  people,
  statuses,
  topics,
  verbs,
} from "./synthetic/vocabulary.ts";

export interface SyntheticOptions {
  events: number;
  /** Default: one per ten events. */
  statements?: number;
  /** Default: one per ten events. */
  figures?: number;
  /** Default: one per twenty events. */
  claims?: number;
  /** Default: one per twenty events, at least 20. */
  sources?: number;
  seed?: number;
}

export interface SyntheticCounts {
  sources: number;
  actors: number;
  events: number;
  statements: number;
  claims: number;
  figures: number;
}

/** mulberry32: a small, fast, seedable PRNG (the same seed gives the same sequence). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function pad(n: number, width = 6): string {
  return String(n).padStart(width, "0");
}

interface Day {
  iso: string;
  year: number;
  month: number;
  day: number;
}

const first = Date.UTC(2010, 0, 1);
const dayCount = 11 * 365;

function dayAt(offset: number): Day {
  const d = new Date(first + offset * 86_400_000);
  return {
    iso: d.toISOString().slice(0, 10),
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  };
}

/** Writes a synthetic evidence folder into `dir` (replacing it) and returns the row counts. */
export function writeSyntheticEvidence(dir: string, options: SyntheticOptions): SyntheticCounts {
  const rand = random(options.seed ?? 20180806);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const events = options.events;
  const statements = options.statements ?? Math.floor(events / 10);
  const figures = options.figures ?? Math.floor(events / 10);
  const claims = Math.min(options.claims ?? Math.floor(events / 20), statements);
  const sources = options.sources ?? Math.max(20, Math.floor(events / 20));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  // Actors: organisations, and people who work for them.
  const orgIds = organisations.map(([, name]) => slug(name));
  const personIds = people.map((name) => slug(name));
  const personOrg = people.map((_, i) => orgIds[i % orgIds.length] as string);
  writeRows(join(dir, "actors.csv"), header("actors"), orgIds.length + people.length, (i) => {
    if (i < organisations.length) {
      const [kind, name] = organisations[i] as (typeof organisations)[number];
      return row([orgIds[i], name, kind, "", ""]);
    }
    const p = i - organisations.length;
    return row([personIds[p], people[p], "person", personOrg[p], "Spokesperson (synthetic)."]);
  });
  const actorIds = [...orgIds, ...personIds];

  // Sources: every one is cited, because rows cite them round-robin.
  let nextSource = 0;
  const cite = (n: number): string => {
    const ids: string[] = [];
    for (let k = 0; k < n; k++) ids.push(`source-${pad(nextSource++ % sources)}`);
    return [...new Set(ids)].join(";");
  };
  writeRows(join(dir, "sources.csv"), header("sources"), sources, (i) => {
    const outlet = organisations[18 + (i % 5)]?.[1] ?? "Daily Courier";
    const day = dayAt(Math.floor(rand() * dayCount));
    const url = `https://example.org/${slug(outlet)}/${day.iso}/${i}`;
    return row([
      `source-${pad(i)}`,
      outlet,
      `Report ${i + 1}: ${pick(objects)}, ${pick(["talks", "deal", "probe", "dispute"])}`,
      url,
      `https://web.archive.org/web/${day.iso.replaceAll("-", "")}/${url}`,
      day.iso,
      day.iso,
      pick(["news", "wire", "filing", "press release"]),
      "",
    ]);
  });

  // Events: mostly single days, some known only to the month or the year, some periods.
  const dateOf = (): { date: string; end?: string; note?: string } => {
    const start = dayAt(Math.floor(rand() * dayCount));
    const r = rand();
    if (r < 0.1) {
      const end = dayAt(
        Math.min(
          dayCount - 1,
          Math.floor(rand() * dayCount * 0.1) + (Date.parse(start.iso) - first) / 86_400_000,
        ),
      );
      const monthly = rand() < 0.5;
      return monthly
        ? {
            date: start.iso.slice(0, 7),
            end: end.iso.slice(0, 7),
            note: rand() < 0.5 ? "over several months, per the source" : undefined,
          }
        : { date: start.iso, end: end.iso };
    }
    if (r < 0.2)
      return { date: start.iso.slice(0, 7), note: rand() < 0.3 ? "month only, per the source" : undefined };
    if (r < 0.25) return { date: String(start.year), note: rand() < 0.3 ? "year only" : undefined };
    return { date: start.iso };
  };
  writeRows(join(dir, "events.csv"), header("events"), events, (i) => {
    const when = dateOf();
    const a = pick(orgIds);
    const involved = new Set([a]);
    const more = rand() < 0.4 ? 1 + Math.floor(rand() * 3) : 0;
    for (let k = 0; k < more; k++) involved.add(pick(actorIds));
    const b = [...involved][1];
    const name = (id: string) => id.replace(/-/g, " ");
    const title = `${name(a)} ${pick(verbs)} ${b ? name(b) : "the press"} about ${pick(objects)}`;
    return row([
      `event-${pad(i)}`,
      when.date,
      when.end,
      when.note,
      [...involved].join(";"),
      pick(kinds),
      title,
      `Synthetic event ${i + 1}: ${title}, according to the cited sources.`,
      pick(statuses),
      cite(1 + Math.floor(rand() * 2)),
      pick(notes),
    ]);
  });

  writeRows(join(dir, "statements.csv"), header("statements"), statements, (i) => {
    const p = Math.floor(rand() * people.length);
    return row([
      `statement-${pad(i)}`,
      dayAt(Math.floor(rand() * dayCount)).iso,
      personIds[p],
      personOrg[p],
      pick(["statement to the press", "interview", "hearing", "email"]),
      `We take ${pick(objects)} seriously, and we said so (synthetic quote ${i + 1}).`,
      "",
      `${pick(topics)};${pick(topics)}`
        .split(";")
        .filter((t, k, all) => all.indexOf(t) === k)
        .join(";"),
      events ? `event-${pad(Math.floor(rand() * events))}` : "",
      cite(1),
      "",
    ]);
  });

  writeRows(join(dir, "claims.csv"), header("claims"), claims, (i) => {
    const s = Math.floor(rand() * statements);
    return row([
      `claim-${pad(i)}`,
      pick(topics),
      personOrg[s % people.length],
      pick(["asserts", "denies", "qualifies"]),
      `A synthetic claim about ${pick(objects)}.`,
      `statement-${pad(s)}`,
      events ? `event-${pad(Math.floor(rand() * events))}` : "",
      cite(1),
      "",
    ]);
  });

  writeRows(join(dir, "figures.csv"), header("figures"), figures, (i) => {
    const group = organisations[6 + (i % 8)]?.[1] ?? "";
    return row([
      `figure-${pad(i)}`,
      `Customers affected (${Math.floor(i / 8) + 1})`,
      i % 8 === 0 ? "total" : "bank",
      group,
      Math.floor(rand() * 10_000_000),
      pick(["people", "accounts", "USD"]),
      dayAt(Math.floor(rand() * dayCount)).iso,
      pick(["initial", "revised", "official", "reported"]),
      cite(1),
      "",
    ]);
  });

  // Cite any source the rows above did not reach, so data:check has nothing to warn about.
  if (nextSource < sources && events > 0) {
    const extra: string[] = [];
    for (let i = nextSource; i < sources; i++) extra.push(`source-${pad(i)}`);
    appendFileSync(
      join(dir, "events.csv"),
      row([
        `event-${pad(events)}`,
        "2015",
        "",
        "",
        orgIds[0],
        "background",
        "Sources cited for completeness",
        "",
        "confirmed",
        extra.join(";"),
        "",
      ]),
    );
  }
  return {
    sources,
    actors: actorIds.length,
    events: events + (nextSource < sources && events > 0 ? 1 : 0),
    statements,
    claims,
    figures,
  };
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && realpathSync(resolve(entry)) === realpathSync(fileURLToPath(import.meta.url));
}

if (isMain()) {
  const [dir, events = "10000", seed = "20180806"] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write("usage: tsx bench/synthetic.ts DIR [events] [seed]\n");
    process.exitCode = 2;
  } else {
    const counts = writeSyntheticEvidence(resolve(dir), { events: Number(events), seed: Number(seed) });
    process.stdout.write(`${dir}: ${JSON.stringify(counts)}\n`);
  }
}
