// The evidence's history at 1,000 commits: a temporary git repository holding a synthetic
// evidence folder, then 1,000 commits each editing one row of events.csv (written in one
// `git fast-import`, so making them takes seconds), and the time to read the history (git log,
// git cat-file) and diff every commit, as the build does for /changes, plus the page's size.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { evidenceLog, readObjects } from "../loaders/cli/git.ts";
import { evidenceFiles } from "../loaders/history/evidence-diff.ts";
import { evidenceHistory } from "../loaders/history/history.ts";
import { changesHtml } from "../loaders/render/changes-html.ts";
import { writeSyntheticEvidence } from "./synthetic.ts";

export type HistoryFigures = {
  commits: number;
  events: number;
  "make repo s": string;
  "git log s": string;
  "read versions s": string;
  "diff s": string;
  "total s": string;
  "page KB": number;
};

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** A fast-import stream: the folder's first commit, then one commit per edited row. */
function importStream(dir: string, commits: number): string {
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const who = "Bench <bench@example.org>";
  const at = (n: number) => `${1_700_000_000 + n * 3600} +0000`;
  const files = evidenceFiles
    .filter((file) => existsSync(join(dir, file)))
    .map((file) => [file, readFileSync(join(dir, file), "utf8")] as const);
  const parts = [
    `commit refs/heads/main\ncommitter ${who} ${at(0)}\n${data("The evidence as first gathered")}`,
    ...files.map(([file, text]) => `M 100644 inline ${file}\n${data(text)}`),
  ];
  const lines = (files.find(([file]) => file === "events.csv")?.[1] ?? "").split("\n");
  const title = lines[0]?.split(",").indexOf("title") ?? -1;
  for (let n = 1; n <= commits; n++) {
    const row = 1 + (n % (lines.length - 2));
    const cells = (lines[row] ?? "").split(",");
    // Synthetic titles hold no comma or quote, so a plain split edits exactly one cell.
    cells[title] = `${cells[title]} (edit ${n})`;
    lines[row] = cells.join(",");
    parts.push(
      `commit refs/heads/main\ncommitter ${who} ${at(n)}\n${data(`Edit ${n}: reword one title`)}`,
      `M 100644 inline events.csv\n${data(lines.join("\n"))}`,
    );
  }
  return parts.join("");
}

export function measureHistory(work: string, commits = 1_000, events = 1_000): HistoryFigures {
  const dir = join(work, `history-${commits}`);
  rmSync(dir, { recursive: true, force: true });
  writeSyntheticEvidence(dir, { events });
  const t0 = performance.now();
  execFileSync("git", ["init", "--quiet", "--initial-branch=main", dir]);
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: importStream(dir, commits) });
  execFileSync("git", ["reset", "--quiet", "--hard", "main"], { cwd: dir });
  const t1 = performance.now();
  const log = evidenceLog(dir) ?? [];
  const t2 = performance.now();
  const ids = [...new Set(log.flatMap((c) => c.files.flatMap((f) => [f.before, f.after])))].filter(
    (id): id is string => id !== undefined,
  );
  const blobs = readObjects(dir, ids);
  const t3 = performance.now();
  const history = evidenceHistory(log, (id) => blobs.get(id));
  const t4 = performance.now();
  const page = changesHtml(history, () => undefined);
  rmSync(dir, { recursive: true, force: true });
  return {
    commits: history.commits.length,
    events,
    "make repo s": seconds(t1 - t0),
    "git log s": seconds(t2 - t1),
    "read versions s": seconds(t3 - t2),
    "diff s": seconds(t4 - t3),
    "total s": seconds(t4 - t1),
    "page KB": Math.round(Buffer.byteLength(page) / 1024),
  };
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(`${JSON.stringify(measureHistory(".tmp/bench"), null, 2)}\n`);
