// The build must never publish stale or half-built data: a changed CSV shows up in the next
// build and in the running preview, and invalid evidence stops the build before dist/ is touched.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "dossier-freshness-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyFixture(name: string): string {
  const dir = join(work, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(join("test/fixtures/evidence", name), dir, { recursive: true });
  return dir;
}

async function build(dataDir: string, out: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], {
      env: { ...process.env, DATA_DIR: dataDir, DOSSIER_QUIET: "1" },
    });
    return { code: 0, stderr };
  } catch (error) {
    const failure = error as { code?: number; stderr?: string };
    return { code: failure.code ?? 1, stderr: failure.stderr ?? "" };
  }
}

/** The built evidence JSON (Framework content-hashes its name). */
function builtEvidence(out: string): string {
  const dir = join(out, "_file/data");
  const file = readdirSync(dir).find((name) => /^evidence\.[0-9a-f]+\.json$/.test(name));
  if (!file) throw new Error(`no evidence JSON in ${dir}`);
  return readFileSync(join(dir, file), "utf8");
}

function replaceInFile(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

// One evidence folder and one site, built twice and then from invalid evidence: the second
// test starts from the site the first built (a third full build would prove nothing more).
describe("build", () => {
  const data = copyFixture("minimal");
  const out = join(work, "site-fresh");

  it("shows a changed CSV in the next build", async () => {
    expect((await build(data, out)).code).toBe(0);
    const before = builtEvidence(out);
    const title = JSON.parse(before).events[0].title as string;
    replaceInFile(join(data, "events.csv"), title, "A title edited after the first build");
    expect((await build(data, out)).code).toBe(0);
    const after = builtEvidence(out);
    expect(after).toContain("A title edited after the first build");
    expect(after).not.toContain(title);
  });

  it("stops on invalid evidence with data:check's messages and leaves the previous site as it was", async () => {
    if (!existsSync(out)) expect((await build(data, out)).code).toBe(0);
    const before = builtEvidence(out);
    const eventsFile = join(data, "events.csv");
    const [header, first] = readFileSync(eventsFile, "utf8").split("\n");
    const dateColumn = (header ?? "").split(",").indexOf("date");
    const cells = (first ?? "").split(",");
    cells[dateColumn] = "2018-02-30";
    writeFileSync(eventsFile, `${header}\n${cells.join(",")}\n`);
    const result = await build(data, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `events.csv:2:${dateColumn + 1} date "2018-02-30" is not a calendar date`,
    );
    expect(builtEvidence(out)).toBe(before);
    expect(readdirSync(work).filter((name) => name.includes(".building-"))).toEqual([]);
  });
});

describe("dev preview", () => {
  let preview: ChildProcess | undefined;
  afterAll(() => {
    if (preview?.pid) process.kill(-preview.pid, "SIGTERM");
  });

  it("serves a changed CSV after the next reload", async () => {
    const data = copyFixture("minimal");
    const port = 3900 + Math.floor(Math.random() * 90);
    preview = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port)], {
      env: { ...process.env, DATA_DIR: data },
      stdio: "ignore",
      detached: true,
    });
    const url = `http://127.0.0.1:${port}/_file/data/evidence.json`;
    const fetchEvidence = async () => {
      const response = await fetch(url).catch(() => undefined);
      return response?.ok ? response.text() : undefined;
    };
    await expect.poll(fetchEvidence, { timeout: 30_000, interval: 250 }).toBeDefined();
    const title = JSON.parse((await fetchEvidence()) ?? "{}").events[0].title as string;
    replaceInFile(join(data, "events.csv"), title, "Edited while the preview runs");
    await expect
      .poll(fetchEvidence, { timeout: 20_000, interval: 250 })
      .toContain("Edited while the preview runs");
    expect(existsSync(data)).toBe(true);
  });
});
