import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "../../scripts/lib/static-server.ts";

describe("serveStatic(dir, port, host, {basePath})", () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "served-"));
    writeFileSync(join(dir, "index.html"), "home");
    writeFileSync(join(dir, "timeline.html"), "timeline");
    writeFileSync(join(dir, "404.html"), "missing");
    writeFileSync(
      join(dir, "_headers"),
      "/*\n  Referrer-Policy: same-origin\n/timeline\n  Content-Security-Policy: default-src 'self'\n",
    );
    server = await serveStatic(dir, 0, "127.0.0.1", { basePath: "/investigations/story/" });
  });
  afterAll(() => server.close());

  it("serves the site under the sub-path, its url included", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/investigations\/story$/);
    const page = await fetch(`${server.url}/timeline`);
    expect(await page.text()).toBe("timeline");
    expect(await (await fetch(`${server.url}/`)).text()).toBe("home");
    const outside = await fetch(server.url.replace("/investigations/story", "/timeline"));
    expect(outside.status).toBe(404);
  });

  it("sends the _headers rules matched against the path inside the site, and never _headers itself", async () => {
    const page = await fetch(`${server.url}/timeline`);
    expect(page.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(page.headers.get("referrer-policy")).toBe("same-origin");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await fetch(`${server.url}/`)).headers.get("content-security-policy")).toBeNull();
    expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
  });

  it("redirects the sub-path without its slash to the site's front page", async () => {
    const response = await fetch(server.url, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/investigations/story/");
  });
});
