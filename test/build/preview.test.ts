// `npm run dev` in Chromium, as a journalist uses it: the preview shows the evidence folder it
// was started on even right after a build of another folder, an edit reaches the open page by
// itself (one reload), a broken date shows data:check's place, and fixing it brings the page back.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../browser/chromium.ts";
import { buildSite } from "../browser/site.ts";
import { liveReloadWelcome, settledAfterWelcome } from "./live-reload.ts";

const work = resolve(`.tmp/preview-test-${process.pid}`);
const data = join(work, "evidence");
const events = join(data, "events.csv");
const port = 3800 + Math.floor(Math.random() * 90);
const origin = `http://127.0.0.1:${port}`;
const eventTitle = "Example Bank is asked for customer data";
const statementText = "We do not share customer data";

let preview: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let loads = 0;

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

const bodyText = () => page.evaluate(() => document.body.textContent ?? "");
const shows = (text: string) => expect.poll(bodyText, { timeout: 20_000, interval: 100 }).toContain(text);

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  cpSync("test/fixtures/evidence/minimal", data, { recursive: true });
  // Another folder built just before: its pages are what src/.observablehq/cache now holds.
  const other = join(work, "other-evidence");
  cpSync("test/fixtures/evidence/minimal", other, { recursive: true });
  replaceIn(join(other, "events.csv"), eventTitle, "A title only the other folder has");
  replaceIn(join(other, "statements.csv"), statementText, "Words only the other folder has");
  await buildSite(other, join(work, "other-site"));

  preview = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port)], {
    env: { ...process.env, DATA_DIR: data },
    stdio: "ignore",
    detached: true,
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("load", () => loads++);
  for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 200))) {
    if (
      await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error("the preview did not start in 60 s");
  }
});

afterAll(async () => {
  await browser?.close();
  if (preview?.pid) process.kill(-preview.pid, "SIGTERM");
  rmSync(work, { recursive: true, force: true });
});

describe("npm run dev", () => {
  it("serves the folder it was started on from the first load, not a build's cached pages", async () => {
    await page.goto(`${origin}/statements`);
    expect(await bodyText()).toContain(statementText);
    expect(await bodyText()).not.toContain("Words only the other folder has");
    const welcome = liveReloadWelcome(page);
    await page.goto(`${origin}/timeline`);
    await settledAfterWelcome(page, welcome);
    expect(await bodyText()).toContain(eventTitle);
    expect(await bodyText()).not.toContain("A title only the other folder has");
  });

  it("shows an edited title in the open page after one reload of its own", async () => {
    const before = loads;
    const welcome = liveReloadWelcome(page);
    replaceIn(events, eventTitle, "A title edited while the preview runs");
    await shows("A title edited while the preview runs");
    await settledAfterWelcome(page, welcome);
    expect(loads - before).toBe(1);
  });

  it("shows data:check's problems for a broken date, then the page again once it is fixed", async () => {
    const [header = "", row = ""] = readFileSync(events, "utf8").split("\n");
    const column = header.split(",").indexOf("date") + 1;
    const date = row.split(",")[column - 1] ?? "";
    const welcome = liveReloadWelcome(page);
    replaceIn(events, `,${date},`, ",2018-02-30,");
    await shows(`events.csv:2:${column} date "2018-02-30" is not a calendar date`);
    await settledAfterWelcome(page, welcome);
    expect(await page.locator("h1").first().textContent()).toBe("The evidence has problems");
    replaceIn(events, ",2018-02-30,", `,${date},`);
    await shows("A title edited while the preview runs");
  });
});
