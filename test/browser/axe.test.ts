// The accessibility check itself: the rules the site is held to are really on.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { axeFor } from "./site.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const crowded = `<!doctype html><html lang="en"><head><title>Targets</title></head><body><main><h1>Targets</h1>
<p><button style="all:unset;font-size:10px;width:10px;height:10px">a</button><button style="all:unset;font-size:10px;width:10px;height:10px">b</button></p>
<p style="color:#777;background:#888">low contrast</p></main></body></html>`;

it("reports targets smaller than 24 px set close together, and low contrast, in light mode", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(crowded);
  const light = (await axeFor(page).analyze()).violations.map((v) => v.id);
  const dark = (await axeFor(page, "dark").analyze()).violations.map((v) => v.id);
  await context.close();
  expect(light).toEqual(expect.arrayContaining(["target-size", "color-contrast"]));
  expect(dark).toEqual(["color-contrast"]);
});
