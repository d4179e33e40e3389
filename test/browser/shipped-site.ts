// The shipped site, built by global-setup.ts while the first test files run: a test file that
// reads it waits here, at the top of the file, until the build has ended.
import { existsSync, readFileSync } from "node:fs";
import { inject } from "vitest";

/** The built site's folder once its build has succeeded; throws with the build's errors if it failed. */
export async function shippedSite(timeoutMs = 15 * 60_000): Promise<string> {
  const result = inject("siteBuildResult");
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(result)) {
    if (Date.now() > deadline) throw new Error(`the site build did not end in ${timeoutMs / 60_000} min`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
  const { code, errors } = JSON.parse(readFileSync(result, "utf8")) as {
    code: number | null;
    errors: string;
  };
  if (code !== 0) throw new Error(`the site build failed (exit ${code}):\n${errors}`);
  return inject("siteDir");
}
