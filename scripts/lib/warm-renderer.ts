// The preview's render process: holds every page and data loader module and the evidence, and
// renders an output on request, as the build does (prerender.ts) but one output at a time.
// An output is kept until any file of the evidence folder changes or its repository's HEAD moves
// (folderStamp).
import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import { runDataCheck } from "../../loaders/cli/data-check.ts";
import { currentEvidence, type LoaderParams, type RenderLoader } from "../../loaders/render/loader-entry.ts";
import { folderStamp } from "./folder-stamp.ts";
import { loaderFiles } from "./prerender.ts";
import { evidenceProblemsPage, pageFailedPage } from "./preview-error-page.ts";

export interface Rendered {
  /** 200 with the output; 500 with the reason for a data loader that cannot run. */
  status: 200 | 500;
  body: string;
}

/** Framework passes a parameterized loader's params as --name=value (read as runAsLoader does). */
export function loaderParams(args: readonly string[]): LoaderParams {
  const { values } = parseArgs({ args: [...args], strict: false });
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
}

function isEvidenceError(error: unknown): boolean {
  return error instanceof Error && error.name === "EvidenceError";
}

export class WarmRenderer {
  private readonly root: string;
  private readonly modules = new Map<string, Promise<RenderLoader | undefined>>();
  private readonly outputs = new Map<string, Promise<Rendered>>();
  private stamp = "";
  /** Outputs asked for, most recent first: the pages open in a browser. */
  private recent: { file: string; args: string[] }[] = [];

  constructor(
    root: string,
    private readonly dataDir: string,
  ) {
    this.root = realpathSync(root);
  }

  /** Imports every loader module and reads the evidence, so the first page is fast. */
  async warm(): Promise<void> {
    await Promise.all(loaderFiles(this.root).map((file) => this.module(file)));
    try {
      currentEvidence(this.dataDir);
    } catch {
      // Shown on the pages; the data check names every problem.
    }
  }

  /** The output of the loader at `path` (as Framework names it: a mirror of src/ may link it). */
  render(path: string, args: readonly string[]): Promise<Rendered> {
    const file = relative(this.root, realpathSync(path));
    if (file.startsWith("..")) return Promise.resolve({ status: 500, body: `${path} is not under src/` });
    this.remember(file, [...args]);
    return this.output(file, [...args]);
  }

  /**
   * Renders again the outputs asked for most recently, most recent first, for up to `budgetMs`
   * (the first always): after an edit the open pages are ready before the browser reloads.
   */
  async refresh(budgetMs = 1000): Promise<number> {
    const started = performance.now();
    let count = 0;
    for (const { file, args } of [...this.recent]) {
      if (count && performance.now() - started > budgetMs) break;
      await this.output(file, args);
      count++;
    }
    return count;
  }

  private remember(file: string, args: string[]): void {
    const key = JSON.stringify([file, args]);
    this.recent = [{ file, args }, ...this.recent.filter((r) => JSON.stringify([r.file, r.args]) !== key)];
    this.recent.length = Math.min(this.recent.length, 8);
  }

  private output(file: string, args: string[]): Promise<Rendered> {
    const stamp = folderStamp(this.dataDir);
    if (stamp !== this.stamp) {
      this.outputs.clear();
      this.stamp = stamp;
    }
    const key = JSON.stringify([file, args]);
    let output = this.outputs.get(key);
    if (!output) {
      output = this.make(file, args);
      this.outputs.set(key, output);
    }
    return output;
  }

  private module(file: string): Promise<RenderLoader | undefined> {
    let module = this.modules.get(file);
    if (!module) {
      module = import(pathToFileURL(join(this.root, file)).href).then((m: { default?: unknown }) =>
        typeof m.default === "function" ? (m.default as RenderLoader) : undefined,
      );
      this.modules.set(file, module);
    }
    return module;
  }

  private async make(file: string, args: string[]): Promise<Rendered> {
    const isPage = file.endsWith(".md.ts");
    try {
      const render = await this.module(file);
      if (!render) return await this.runAlone(file, args);
      return { status: 200, body: await render(loaderParams(args)) };
    } catch (error) {
      if (isEvidenceError(error)) {
        const lines: string[] = [];
        runDataCheck(this.dataDir, (line) => lines.push(line));
        return isPage
          ? { status: 200, body: evidenceProblemsPage(lines) }
          : { status: 500, body: `${lines.join("\n")}\n` };
      }
      process.stderr.write(`${file}: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
      const reason = error instanceof Error ? error.message : String(error);
      return isPage
        ? { status: 200, body: pageFailedPage(file.replace(/\.md\.ts$/, ""), reason) }
        : { status: 500, body: `${file}: ${reason}\n` };
    }
  }

  /** A loader that is not a render module runs as its own process, as Framework would run it. */
  private async runAlone(file: string, args: string[]): Promise<Rendered> {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(this.root, file), ...args],
      { maxBuffer: 1 << 30, env: { ...process.env, DATA_DIR: this.dataDir } },
    );
    return { status: 200, body: stdout };
  }
}
